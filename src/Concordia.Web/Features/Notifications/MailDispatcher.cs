using Concordia.Data;
using Concordia.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Concordia.Web.Features.Notifications;

/// <summary>
/// Sends the e-mails of saved notifications every <see cref="EmailOptions.DispatchInterval"/>, as the system. A send
/// that fails is tried again at the next round, up to <see cref="Notification.MaxEmailAttempts"/> times; the
/// notification stays in the app either way.
/// </summary>
public sealed partial class MailDispatcher(IServiceScopeFactory scopes, EmailSender sender, EmailOptions options, TimeProvider time,
    ILogger<MailDispatcher> logger) : BackgroundService
{
    private const int Batch = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.DispatchInterval, time);
        do
        {
            try
            {
                await DispatchAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One round: every waiting e-mail, oldest first; returns how many left.</summary>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = SystemContext.Create(scope.ServiceProvider, "mail");
        var waiting = await db.Notifications.IgnoreQueryFilters().Where(n => n.EmailStatus == EmailStatus.Pending)
            .OrderBy(n => n.CreatedAt).Take(Batch).ToListAsync(cancellationToken);
        if (waiting.Count == 0)
        {
            return 0;
        }

        var userIds = waiting.Select(n => n.UserId).Distinct().ToList();
        var addresses = await db.Users.Where(u => userIds.Contains(u.Id) && u.Email != null).ToDictionaryAsync(u => u.Id, u => u.Email!, cancellationToken);
        var outgoing = waiting.Where(n => addresses.ContainsKey(n.UserId)).ToList();
        foreach (var unreachable in waiting.Except(outgoing))
        {
            unreachable.MarkEmailFailed(); // no address: given up after the usual attempts, like any other failure
        }

        IReadOnlyList<bool> sent;
        try
        {
            sent = await sender.SendAsync([.. outgoing.Select(n => NotificationMail.Compose(n, addresses[n.UserId], options))], cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or MailKit.ProtocolException or MailKit.Security.AuthenticationException
            or MailKit.CommandException or ParseException)
        {
            LogUnreachable(logger, ex, outgoing.Count);
            sent = [.. outgoing.Select(_ => false)];
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (notification, ok) in outgoing.Zip(sent))
        {
            if (ok)
            {
                notification.MarkEmailed(now);
            }
            else
            {
                notification.MarkEmailFailed();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var count = sent.Count(ok => ok);
        if (count > 0)
        {
            LogSent(logger, count);
        }

        return count;
    }

    [LoggerMessage(EventId = 1303, Level = LogLevel.Information, Message = "{Count} notification e-mail(s) sent")]
    private static partial void LogSent(ILogger logger, int count);

    [LoggerMessage(EventId = 1304, Level = LogLevel.Warning, Message = "The mail server could not be reached; {Count} e-mail(s) wait for the next round")]
    private static partial void LogUnreachable(ILogger logger, Exception exception, int count);

    [LoggerMessage(EventId = 1305, Level = LogLevel.Error, Message = "Sending notification e-mails failed; they will be retried at the next round")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
