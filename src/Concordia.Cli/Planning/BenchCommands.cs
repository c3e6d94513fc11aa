using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Concordia.Planning.Benchmarks.Curtois;
using Concordia.Planning.Benchmarks.Events;
using Concordia.Planning.Io;
using Concordia.Planning.Replanning;
using Concordia.Planning.Solving;

namespace Concordia.Cli.Planning;

/// <summary><c>concordia bench curtois|event|generate</c>: the harnesses behind docs/benchmarks.md.</summary>
internal static class BenchCommands
{
    public static Command Create()
    {
        var bench = new Command("bench", "Benchmarks: Curtois & Qu instances, event-scale problems, problem generator.");
        bench.Subcommands.Add(Curtois());
        bench.Subcommands.Add(Event());
        bench.Subcommands.Add(Generate());
        return bench;
    }

    private static Command Curtois()
    {
        var instances = new Option<string>("--instances") { Description = "Instance numbers, e.g. 1-24 or 1,3,5.", DefaultValueFactory = _ => "1-24" };
        var limit = new Option<string>("--time-limit") { Description = "Run length per solver and instance.", DefaultValueFactory = _ => "60s" };
        var checkpoints = new Option<string>("--checkpoints") { Description = "Also report the best objective at these times, e.g. 10s.", DefaultValueFactory = _ => "10s" };
        var path = new Option<string>("--path") { Description = "Folder with InstanceN.txt and best_known.csv.", DefaultValueFactory = _ => "../shared/bench/curtois" };
        var rosters = new Option<string?>("--rosters") { Description = "Folder to write the engine's roster files to." };
        var noBaseline = new Option<bool>("--engine-only") { Description = "Skip the plain CP-SAT baseline." };
        var bound = new Option<string?>("--bound") { Description = "Also compute a lower bound by column generation for at most this long, e.g. 60s." };
        var command = new Command("curtois", "Engine versus plain CP-SAT on the Curtois & Qu shift scheduling benchmark.")
        {
            instances, limit, checkpoints, path, rosters, noBaseline, bound, PlanCommand.Seed, PlanCommand.Threads, PlanCommand.Trace,
        };
        command.SetAction((parse, ct) =>
        {
            var numbers = ParseRange(parse.GetValue(instances)!);
            var total = CliInput.Duration(parse.GetValue(limit)!);
            var marks = parse.GetValue(checkpoints)!.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(CliInput.Duration).ToList();
            var boundLimit = parse.GetValue(bound) is { } b ? CliInput.Duration(b) : null;
            if (numbers is null || total is null || marks.Any(m => m is null) || (parse.GetValue(bound) is not null && boundLimit is null))
            {
                return Task.FromResult(CliInput.Fail("--instances, --time-limit, --checkpoints or --bound could not be read"));
            }

            var folder = parse.GetValue(path)!;
            if (!Directory.Exists(folder))
            {
                return Task.FromResult(CliInput.Fail($"--path: folder not found: {folder}"));
            }

            var times = marks.Select(m => m!.Value).Where(m => m < total.Value).Append(total.Value).ToArray();
            var runner = new CurtoisBenchmark(
                folder, parse.GetValue(rosters), parse.GetValue(PlanCommand.Threads), parse.GetValue(PlanCommand.Seed), parse.GetValue(PlanCommand.Trace) ? EngineTrace.Logger() : null);
            var heads = string.Join(" | ", times.Select(t => $"engine {t.TotalSeconds:0}s")) + " | gap | " + string.Join(" | ", times.Select(t => $"CP-SAT {t.TotalSeconds:0}s")) + " | gap";
            var boundHeads = boundLimit is null ? string.Empty : " lower bound | engine above bound | bound |";
            Console.Out.WriteLine($"| instance | best known | {heads} | CP-SAT status | validator agrees |{boundHeads}");
            Console.Out.WriteLine("|" + string.Concat(Enumerable.Repeat("---|", 6 + (2 * times.Length) + (boundLimit is null ? 0 : 3))));
            foreach (var n in numbers)
            {
                ct.ThrowIfCancellationRequested();
                var row = runner.Run(n, times, ct, baseline: !parse.GetValue(noBaseline), boundLimit: boundLimit);
                Console.Out.WriteLine(Format(row));
            }

            return Task.FromResult(0);
        });
        return command;
    }

    private static string Format(CurtoisRow r)
    {
        if (r.Error is not null)
        {
            return $"| {r.Instance} | {r.BestKnown} | error: {r.Error} |";
        }

        static string V(long? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "no feasible";
        static string G(double? g) => g is { } x ? x.ToString("0.00", CultureInfo.InvariantCulture) + "%" : "–";
        var bound = r.Bound switch
        {
            null => string.Empty,
            { Bound: { } b } x => $" {b} | {G(CurtoisRow.Gap(r.Engine[^1], b))} | {(x.Converged ? "optimum of the relaxation" : "stopped")}, {x.Rounds} rounds, {x.Elapsed.TotalSeconds:0} s |",
            { } x => $" – | – | {x.Unavailable} |",
        };
        return $"| {r.Instance} | {r.BestKnown} | {string.Join(" | ", r.Engine.Select(V))} | {G(CurtoisRow.Gap(r.Engine[^1], r.BestKnown))} | "
            + $"{string.Join(" | ", r.CpSat.Select(V))} | {G(CurtoisRow.Gap(r.CpSat[^1], r.BestKnown))} | {r.CpSatStatus} | {(r.ValidatorAgrees ? "yes" : "NO")} |{bound}";
    }

    private static Command Event()
    {
        var size = new Option<string>("--size") { Description = "small, medium or paris.", DefaultValueFactory = _ => "small" };
        var limit = new Option<string>("--time-limit") { Description = "Planning time limit.", DefaultValueFactory = _ => "60s" };
        var replanLimit = new Option<string>("--replan-limit") { Description = "Re-planning time limit.", DefaultValueFactory = _ => "5s" };
        var longReplan = new Option<string?>("--long-replan") { Description = "Also re-plan with this longer limit, e.g. 60s (how much a longer search covers)." };
        var freeReplan = new Option<string?>("--free-replan")
        {
            Description = "Also re-plan from the frozen published duties alone with this limit, e.g. 60s (how much a plan not held to the rest of the published one covers, and moves).",
        };
        var baselines = new Option<bool>("--baselines") { Description = "Also plan and re-plan by construction only and by plain CP-SAT (where its model fits)." };
        var command = new Command("event", "Plan a generated event, then re-plan after the alert-level rise.")
        {
            size, limit, replanLimit, longReplan, freeReplan, baselines, PlanCommand.Seed, PlanCommand.Threads, PlanCommand.Trace,
        };
        command.SetAction((parse, ct) =>
        {
            var s = EventSize.Parse(parse.GetValue(size)!);
            var planLimit = CliInput.Duration(parse.GetValue(limit)!);
            var reLimit = CliInput.Duration(parse.GetValue(replanLimit)!);
            var longer = parse.GetValue(longReplan) is { } text ? CliInput.Duration(text) : null;
            var free = parse.GetValue(freeReplan) is { } freeText ? CliInput.Duration(freeText) : null;
            if (s is null || planLimit is null || reLimit is null || (parse.GetValue(longReplan) is not null && longer is null) || (parse.GetValue(freeReplan) is not null && free is null))
            {
                return Task.FromResult(CliInput.Fail("--size must be small, medium or paris; limits durations such as 60s"));
            }

            var runner = new EventBenchmark(s, parse.GetValue(PlanCommand.Seed), parse.GetValue(PlanCommand.Threads), () => PlanCommand.Engine(parse), Console.Out.WriteLine);
            runner.Run(planLimit.Value, reLimit.Value, longer, free, parse.GetValue(baselines), () => new PlainProgress(), ct);
            return Task.FromResult(0);
        });
        return command;
    }

    private static Command Generate()
    {
        var size = new Option<string>("--size") { Description = "small, medium or paris.", DefaultValueFactory = _ => "small" };
        var output = new Option<string>("--out") { Description = "Problem file to write.", Required = true };
        var command = new Command("generate", "Write a generated event problem file.") { size, PlanCommand.Seed, output };
        command.SetAction(async (parse, ct) =>
        {
            if (EventSize.Parse(parse.GetValue(size)!) is not { } s)
            {
                return CliInput.Fail("--size must be small, medium or paris");
            }

            var problem = EventGenerator.Generate(s, parse.GetValue(PlanCommand.Seed));
            await PlanningFiles.WriteAsync(parse.GetValue(output)!, problem, ct);
            var share = EventCapacity.TotalUtilisation(problem, problem.HorizonStart);
            var perCapability = string.Join(", ", EventCapacity.Utilisation(problem, problem.HorizonStart)
                .Select(u => string.Create(CultureInfo.InvariantCulture, $"{u.Capabilities} {100 * u.DemandHours / Math.Max(1, u.StaffHours):F1}%")));
            Console.Out.WriteLine($"{problem.Name}: {problem.Staff.Count} staff, {problem.Sites.Count} sites, {problem.Windows.Count} windows, {problem.Demands.Count} demand lines");
            Console.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"demand hours are {100 * share:F1}% of the hours the staff can work within their availability and working-time limits ({perCapability})"));
            return 0;
        });
        return command;
    }

    private static int[]? ParseRange(string text)
    {
        var list = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = part.Split('-');
            if (!int.TryParse(ends[0], out var a) || !int.TryParse(ends[^1], out var b) || a < 1 || b < a || ends.Length > 2)
            {
                return null;
            }

            list.AddRange(Enumerable.Range(a, b - a + 1));
        }

        return list.Count > 0 ? [.. list] : null;
    }

    /// <summary>Prints each report.</summary>
    private sealed class PlainProgress : IProgress<PlanProgress>
    {
        public void Report(PlanProgress value) => Console.Out.WriteLine(ProgressView.Line(value));
    }
}
