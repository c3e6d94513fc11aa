using Concordia.Data;

namespace Concordia.Web.Features.Notifications;

/// <summary>Runs <see cref="DeadlineReminders"/> every <see cref="ReminderOptions.Interval"/>, as the system.</summary>
public sealed partial class ReminderService(IServiceScopeFactory scopes, ReminderOptions options, TimeProvider time, ILogger<ReminderService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Interval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await using var db = SystemContext.Create(scope.ServiceProvider, "reminders");
                var reminders = ActivatorUtilities.CreateInstance<DeadlineReminders>(scope.ServiceProvider, db);
                var sent = await reminders.RunAsync(time.GetUtcNow().UtcDateTime, stoppingToken);
                if (sent > 0)
                {
                    LogSent(logger, sent);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "{Count} deadline notification(s) sent")]
    private static partial void LogSent(ILogger logger, int count);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Error, Message = "Deadline reminders failed; they will be retried at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
