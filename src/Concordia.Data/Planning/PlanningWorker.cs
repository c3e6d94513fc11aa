using Microsoft.Extensions.Hosting;

namespace Concordia.Data.Planning;

/// <summary>
/// Runs plan jobs one after another while the process lives; idle, it looks for work every poll interval, or at once
/// when a job is queued in this process (<see cref="PlanJobSignal"/>).
/// </summary>
public sealed class PlanningWorker(PlanJobRunner runner, PlanningOptions options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            // Taken before looking, so a job queued while the worker looks still wakes it.
            var queued = PlanJobSignal.Next;
            var ran = false;
            try
            {
                ran = await runner.RunNextAsync(stoppingToken);
            }
            catch (Exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The database was unreachable for a moment; the next poll tries again.
            }

            if (!ran)
            {
                await Task.WhenAny(Task.Delay(options.PollInterval, time, stoppingToken), queued);
            }
        }
    }
}
