using System.Globalization;
using Concordia.Data;
using Concordia.Domain.Countries;
using Concordia.Domain.Notifications;
using Concordia.Domain.Requests;
using Concordia.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Notifications;

/// <summary>
/// One pass over open asks: recalls a reply deadline to the country's liaisons as it nears (in the app and by
/// e-mail, as each chose), and marks an ask overdue once its deadline passes, telling the requesting side. Each step
/// is saved, and so audited, once.
/// </summary>
public sealed class DeadlineReminders(ConcordiaDbContext db, ReminderOptions options)
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
        var events = await db.Events.AsNoTracking().ToDictionaryAsync(e => e.Id, cancellationToken);
        var sent = 0;
        foreach (var ask in open.Where(a => requests.ContainsKey(a.RequestId)))
        {
            var request = requests[ask.RequestId];
            var ev = events[request.EventId];
            var link = $"/events/{ev.Code}/asks/{ask.Id}";
            var country = CountryCatalogue.Find(ask.Country)?.Name ?? ask.Country;
            if (now >= request.ReplyDeadline)
            {
                ask.MarkOverdue();
                sent += await Notifier.AddAsync(db, await NotificationRecipients.AgencyAsync(db, request.AgencyId, cancellationToken), NotificationKind.AskOverdue,
                    $"{country} has not answered \"{request.Title}\" by its deadline.", link, now, cancellationToken);
                continue;
            }

            var hoursLeft = (request.ReplyDeadline - now).TotalHours;
            var threshold = options.HoursBefore.Where(h => hoursLeft <= h).DefaultIfEmpty(-1).Min();
            if (threshold < 0 || (ask.RemindedHoursBefore is { } done && done <= threshold))
            {
                continue;
            }

            ask.MarkReminded(threshold);
            var text = $"Reminder: please answer \"{request.Title}\" for {country} by {EventTime.Format(ev, request.ReplyDeadline, CultureInfo.InvariantCulture)}.";
            sent += await Notifier.AddAsync(db, await NotificationRecipients.LiaisonsOfAsync(db, ask.Country, cancellationToken), NotificationKind.DeadlineReminder,
                text, link, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }
}
