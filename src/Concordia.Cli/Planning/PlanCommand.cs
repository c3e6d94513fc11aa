using System.CommandLine;
using Concordia.Planning.Io;
using Concordia.Planning.Model;
using Concordia.Planning.Solving;
using Spectre.Console;

namespace Concordia.Cli.Planning;

/// <summary><c>concordia plan --problem FILE --time-limit 60s --seed 1 --out plan.json</c></summary>
internal static class PlanCommand
{
    public static readonly Option<int> Seed = new("--seed") { Description = "Random seed (same seed and threads, same search).", DefaultValueFactory = _ => 1 };
    public static readonly Option<int> Threads = new("--threads") { Description = "Search threads.", DefaultValueFactory = _ => 2 };
    public static readonly Option<bool> Trace = new("--trace") { Description = "Write each phase and neighbourhood of the search to standard error (for tuning)." };

    /// <summary>The engine, writing its trace to standard error when --trace is given.</summary>
    public static PlanningEngine Engine(ParseResult parse) => new(parse.GetValue(Trace) ? EngineTrace.Logger() : null);

    public static Command Create()
    {
        var problem = new Option<string>("--problem") { Description = "Problem file (JSON, see docs/schemas/planning-problem.schema.json).", Required = true };
        var limit = new Option<string>("--time-limit") { Description = "Time limit, e.g. 60s, 2m.", DefaultValueFactory = _ => "60s" };
        var output = new Option<string>("--out") { Description = "Plan file to write.", DefaultValueFactory = _ => "plan.json" };
        var rearrange = new Option<bool>("--rearrange")
        {
            Description = "Start from the published duties of the frozen horizon alone (the problem's frozenUntil), as a re-arrangement does; "
                + "every other published duty not taken up again counts as moved.",
        };
        var command = new Command("plan", "Build a deployment plan from a problem file.") { problem, limit, Seed, Threads, Trace, output, rearrange };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(problem)!;
            if (CliInput.Duration(parse.GetValue(limit)!) is not { } timeLimit)
            {
                return CliInput.Fail("--time-limit: expected a duration such as 60s or 2m");
            }

            var loaded = await PlanningFiles.ReadProblemAsync(path, ct);
            if (!loaded.Ok)
            {
                return CliInput.Fail(path, loaded.Errors);
            }

            if (parse.GetValue(rearrange) && loaded.Value!.Published.Count == 0)
            {
                return CliInput.Fail("--rearrange: the problem has no published duties to re-arrange (write it with `concordia events problem EVENT --published`)");
            }

            // A problem with published duties is planned as a plan job re-plans it: from those duties, or with --rearrange
            // as a re-arrangement job does, from those of the frozen horizon.
            var options = new SolveOptions
            {
                TimeLimit = timeLimit, Seed = parse.GetValue(Seed), Threads = parse.GetValue(Threads), CoverageCeiling = true,
                Start = parse.GetValue(rearrange) ? loaded.Value!.FrozenPublished() : loaded.Value!.Published,
            };
            var result = await ProgressView.RunAsync(progress => Engine(parse).Solve(loaded.Value!, options, progress, ct), timeLimit);
            var outPath = parse.GetValue(output)!;
            var plan = result.Plan with { ProblemFile = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(outPath))!, Path.GetFullPath(path)) };
            await PlanningFiles.WriteAsync(outPath, plan, ct);
            Summary(result.Report, result.Stats, outPath);
            if (result.Ceiling is { } ceiling)
            {
                AnsiConsole.MarkupLine($"coverage ceiling {ceiling.Percent:F2}%: no plan keeping the hard rules covers more than {ceiling.CoverableUnits} of {ceiling.RequiredUnits} demand units ({(ceiling.WorkingTime ? "working time across days included" : "working time across days left out")}; computed in {ceiling.Elapsed.TotalSeconds:F1}s)");
            }

            return 0;
        });
        return command;
    }

    public static void Summary(PlanReport report, SolverStats? stats, string? written)
    {
        var console = AnsiConsole.Console;
        var table = new Table().AddColumns("rule", "kind", "violations", "cost");
        foreach (var r in report.ByRule.Where(r => r.Violations > 0 || r.Cost > 0))
        {
            table.AddRow(r.Rule, r.Hard ? "hard" : "soft", r.Violations.ToString(), r.Cost.ToString());
        }

        console.Write(table);
        console.MarkupLine($"{(report.Feasible ? "[green]feasible[/]" : $"[red]{report.HardViolations} hard violations[/]")}, objective {report.Objective}, coverage {report.CoveragePercent:F2}%, unmet demand lines {report.Unmet.Count}");
        if (stats is not null)
        {
            console.MarkupLine($"{Markup.Escape(stats.Solver)}: {stats.Seconds:F1}s, first feasible {stats.FirstFeasibleSeconds:F1}s, {stats.Iterations} iterations{(stats.Moves > 0 ? $", {stats.Moves} published assignments moved" : "")}");
        }

        if (written is not null)
        {
            console.MarkupLine($"written [blue]{Markup.Escape(written)}[/]");
        }
    }
}
