using System.CommandLine;
using Concordia.Planning.Io;
using Concordia.Planning.Replanning;
using Concordia.Planning.Solving;

namespace Concordia.Cli.Planning;

/// <summary><c>concordia replan --plan plan.json --change change.json</c>: fix the change, move as little as possible.</summary>
internal static class ReplanCommand
{
    public static Command Create()
    {
        var planOption = new Option<string>("--plan") { Description = "Published plan file.", Required = true };
        var changeOption = new Option<string>("--change") { Description = "Change file (see docs/schemas/planning-change.schema.json).", Required = true };
        var problemOption = new Option<string?>("--problem") { Description = "Problem file; defaults to the one the plan names." };
        var limit = new Option<string>("--time-limit") { Description = "Time limit, e.g. 5s.", DefaultValueFactory = _ => "5s" };
        var output = new Option<string>("--out") { Description = "New plan file; the changed problem is written beside it.", DefaultValueFactory = _ => "replan.json" };
        var command = new Command("replan", "Re-plan after a change (alert rise, no-shows, closed site, added window).")
        {
            planOption, changeOption, problemOption, limit, PlanCommand.Seed, PlanCommand.Threads, PlanCommand.Trace, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (CliInput.Duration(parse.GetValue(limit)!) is not { } timeLimit)
            {
                return CliInput.Fail("--time-limit: expected a duration such as 5s");
            }

            var planPath = parse.GetValue(planOption)!;
            var plan = await PlanningFiles.ReadPlanAsync(planPath, ct);
            if (!plan.Ok)
            {
                return CliInput.Fail(planPath, plan.Errors);
            }

            var problemPath = parse.GetValue(problemOption) ?? ResolveProblem(planPath, plan.Value!.ProblemFile);
            if (problemPath is null)
            {
                return CliInput.Fail("--problem: the plan names no problem file; give one");
            }

            var problem = await PlanningFiles.ReadProblemAsync(problemPath, ct);
            if (!problem.Ok)
            {
                return CliInput.Fail(problemPath, problem.Errors);
            }

            var changePath = parse.GetValue(changeOption)!;
            var change = await PlanningFiles.ReadChangeAsync(changePath, ct);
            if (!change.Ok)
            {
                return CliInput.Fail(changePath, change.Errors);
            }

            var replanning = ChangeApplier.Apply(problem.Value!, plan.Value!.Assignments, change.Value!);
            if (!replanning.Ok)
            {
                return CliInput.Fail(changePath, replanning.Errors);
            }

            var options = new SolveOptions
            {
                TimeLimit = timeLimit, Seed = parse.GetValue(PlanCommand.Seed), Threads = parse.GetValue(PlanCommand.Threads), Start = plan.Value!.Assignments,
            };
            var result = await ProgressView.RunAsync(progress => PlanCommand.Engine(parse).Solve(replanning.Value!, options, progress, ct), timeLimit);
            var outPath = parse.GetValue(output)!;
            var newProblemPath = Path.ChangeExtension(outPath, ".problem.json");
            await PlanningFiles.WriteAsync(newProblemPath, replanning.Value!, ct);
            await PlanningFiles.WriteAsync(outPath, result.Plan with { ProblemFile = Path.GetFileName(newProblemPath) }, ct);
            PlanCommand.Summary(result.Report, result.Stats, outPath);
            return 0;
        });
        return command;
    }

    public static string? ResolveProblem(string planPath, string? problemFile) =>
        problemFile is null ? null : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(planPath))!, problemFile);
}
