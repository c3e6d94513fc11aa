using System.Globalization;
using Concordia.Planning.Solving;
using Spectre.Console;

namespace Concordia.Cli.Planning;

/// <summary>
/// Runs a solve with a progress bar on a terminal (objective and coverage in the label), or with one plain line
/// per improvement when output is redirected, so logs and CI stay readable.
/// </summary>
internal static class ProgressView
{
    public static async Task<PlanResult> RunAsync(Func<IProgress<PlanProgress>, PlanResult> solve, TimeSpan limit)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            var plain = new Plain();
            return await Task.Run(() => solve(plain)).ConfigureAwait(false);
        }

        PlanResult? result = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("starting", maxValue: limit.TotalSeconds);
                var latest = new Latest();
                var work = Task.Run(() => solve(latest));
                while (!work.IsCompleted)
                {
                    await Task.WhenAny(work, Task.Delay(200)).ConfigureAwait(false);
                    if (latest.Value is { } p)
                    {
                        task.Value = Math.Min(limit.TotalSeconds, p.Elapsed.TotalSeconds);
                        task.Description = Markup.Escape(Line(p));
                    }
                }

                task.Value = task.MaxValue;
                result = await work.ConfigureAwait(false);
            }).ConfigureAwait(false);
        return result!;
    }

    public static string Line(PlanProgress p) => string.Create(
        CultureInfo.InvariantCulture,
        $"{p.Elapsed.TotalSeconds,7:F1}s {p.Phase.ToString().ToLowerInvariant(),-12} hard {p.HardViolations,6} objective {p.Objective,12} coverage {p.CoveragePercent,7:F2}%");

    private sealed class Latest : IProgress<PlanProgress>
    {
        public volatile PlanProgress? Value;

        public void Report(PlanProgress value) => Value = value;
    }

    private sealed class Plain : IProgress<PlanProgress>
    {
        public void Report(PlanProgress value) => Console.Out.WriteLine(Line(value));
    }
}
