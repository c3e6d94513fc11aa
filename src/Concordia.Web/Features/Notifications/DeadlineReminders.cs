using Concordia.Data;
using Concordia.Data.Identity;
using Concordia.Domain.Countries;
using Concordia.Domain.Notifications;
using Concordia.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Notifications;

/// <summary>
/// One pass over open asks: recalls a reply deadline to the country's liaisons as it nears (in the app and by
/// e-mail), and marks an ask overdue once its deadline passes, telling the requesting side. Each step is saved, and so
/// audited, once.
/// </summary>
public sealed partial class DeadlineReminders(ConcordiaDbContext db, EmailSender email, ReminderOptions options, ILogger<DeadlineReminders> logger)
{
    public async Task<int> RunAsync(DateTime now, CancellationToken cancellationToken)
    {
        var open = await db.Asks.Where(a => a.Status == AskStatus.Sent).ToListAsync(cancellationToken);
        if (open.Count == 0)
        {
            return 0;
        }

        var requestIds = open.Select(a => a.RequestId).Distinct().ToList();
        var requests = await db.Requests.AsNoTracking().Where(r => requestIds.Contains(r.Id) && r.Status == RequestStatus.Sent).ToDictionaryAsync(r => r.Id, cancellationToken);
        var events = await db.Events.AsNoTracking().ToDictionaryAsync(e => e.Id, e => e.Code, cancellationToken);
        var sent = 0;
        foreach (var ask in open.Where(a => requests.ContainsKey(a.RequestId)))
        {
            var request = requests[ask.RequestId];
            var link = $"/events/{events[request.EventId]}/asks/{ask.Id}";
            var country = CountryCatalogue.Find(ask.Country)?.Name ?? ask.Country;
            if (now >= request.ReplyDeadline)
            {
                ask.MarkOverdue();
                sent += await NotifyAsync(await HostUsersAsync(cancellationToken), $"{country} has not answered \"{request.Title}\" by its deadline.", link, now, cancellationToken);
                continue;
            }

            var hoursLeft = (request.ReplyDeadline - now).TotalHours;
            var threshold = options.HoursBefore.Where(h => hoursLeft <= h).DefaultIfEmpty(-1).Min();
            if (threshold < 0 || (ask.RemindedHoursBefore is { } done && done <= threshold))
            {
                continue;
            }

            ask.MarkReminded(threshold);
            var text = $"Reminder: please answer \"{request.Title}\" for {country} by {request.ReplyDeadline:d MMM yyyy HH:mm} UTC.";
            sent += await NotifyAsync(await LiaisonsAsync(ask.Country, cancellationToken), text, link, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }

    private async Task<int> NotifyAsync(IReadOnlyList<ConcordiaUser> users, string text, string link, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var user in users)
        {
            db.Notifications.Add(Notification.For(user.Id, text, link, now));
            if (!string.IsNullOrEmpty(user.Email))
            {
                try
                {
                    await email.SendAsync(user.Email, "Concordia: " + (text.Length > 80 ? text[..80] + "…" : text), text + "\n\n" + link, cancellationToken);
                }
                catch (Exception ex) when (ex is System.Net.Mail.SmtpException or IOException or InvalidOperationException)
                {
                    // The in-app notification stands; the mail is retried on no account, and the failure is visible in the log.
                    LogMailFailed(logger, ex, user.Id);
                }
            }
        }

        return users.Count;
    }

    private async Task<IReadOnlyList<ConcordiaUser>> LiaisonsAsync(string country, CancellationToken cancellationToken)
    {
        var ids = await db.UserBindings.Where(b => b.Kind == BindingKind.Country && b.Value == country).Select(b => b.UserId).ToListAsync(cancellationToken);
        return await UsersInRoleAsync(Roles.CountryLiaison, ids, cancellationToken);
    }

    private Task<IReadOnlyList<ConcordiaUser>> HostUsersAsync(CancellationToken cancellationToken) => UsersInRoleAsync(Roles.HostCoordinator, null, cancellationToken);

    private async Task<IReadOnlyList<ConcordiaUser>> UsersInRoleAsync(string role, IReadOnlyList<Guid>? among, CancellationToken cancellationToken)
    {
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var userIds = await db.UserRoles.Where(ur => ur.RoleId == roleId).Select(ur => ur.UserId).ToListAsync(cancellationToken);
        var wanted = among is null ? userIds : userIds.Intersect(among).ToList();
        return await db.Users.Where(u => wanted.Contains(u.Id)).ToListAsync(cancellationToken);
    }

    [LoggerMessage(EventId = 1300, Level = LogLevel.Warning, Message = "A reminder e-mail to user {UserId} could not be sent")]
    private static partial void LogMailFailed(ILogger logger, Exception exception, Guid userId);
}
