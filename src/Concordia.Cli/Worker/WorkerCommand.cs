using System.CommandLine;
using Concordia.Cli.Common;
using Concordia.Data.Planning;
using Concordia.Planning.Solving;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Concordia.Cli.Worker;

/// <summary>
/// <c>concordia worker</c>: runs plan jobs from the database, as the web process does, so that planning can move off
/// the web node (start the web app with <c>Planning:RunJobs=false</c>). Several workers may share one database: a job
/// is claimed once, and never two of one event at a time.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var once = new Option<bool>("--once") { Description = "Run the next waiting job (if any) and stop." };
        var poll = new Option<int>("--poll-seconds") { Description = "Seconds between looks for a waiting job when idle.", DefaultValueFactory = _ => 1 };
        var command = new Command("worker", "Run plan jobs from the database until stopped (Ctrl+C).") { once, poll };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(poll) is < 1 or > 3600)
            {
                await Console.Error.WriteLineAsync("--poll-seconds: must be between 1 and 3600");
                return ExitCodes.InvalidInput;
            }

            await using var provider = await Database.OpenAsync(parse, ct);
            var options = new PlanningOptions { PollInterval = TimeSpan.FromSeconds(parse.GetValue(poll)) };
            using var logs = LoggerFactory.Create(b => b.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            }).AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Warning));
            var runner = new PlanJobRunner(
                provider.GetRequiredService<IServiceScopeFactory>(), options, TimeProvider.System, logs.CreateLogger<PlanJobRunner>(), logs.CreateLogger<PlanningEngine>());
            var log = logs.CreateLogger("Concordia.Worker");
            log.LogInformation("Worker {Worker} looking for plan jobs every {Seconds} s", runner.Worker, options.PollInterval.TotalSeconds);
            do
            {
                var ran = await runner.RunNextAsync(ct);
                if (parse.GetValue(once))
                {
                    return ExitCodes.Success;
                }

                if (!ran)
                {
                    await Task.Delay(options.PollInterval, ct);
                }
            }
            while (!ct.IsCancellationRequested);

            return ExitCodes.Success;
        });
        return command;
    }
}
