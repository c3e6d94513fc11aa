using Microsoft.Extensions.Hosting;

namespace Concordia.Data.Planning;

/// <summary>Runs plan jobs one after another while the process lives; idle, it looks for work every poll interval.</summary>
public sealed class PlanningWorker(PlanJobRunner runner, PlanningOptions options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
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
                try
                {
                    await Task.Delay(options.PollInterval, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
