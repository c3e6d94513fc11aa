using System.CommandLine;
using Concordia.Cli.Common;
using Concordia.Planning.Benchmarks.Curtois;
using Concordia.Planning.Io;
using Concordia.Planning.Model;
using Concordia.Planning.Validation;
using Spectre.Console;

namespace Concordia.Cli.Planning;

/// <summary>
/// <c>concordia validate --plan plan.json [--problem problem.json]</c>, or for benchmark rosters
/// <c>concordia validate --roster Instance1.roster --instance Instance1.txt</c>. Recomputes everything from the
/// files; exit code 0 when feasible, 1 when a hard rule is broken or the plan's own report differs from the recomputed
/// one, 2 when a file is wrong or the plan was made for another problem.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var planOption = new Option<string?>("--plan") { Description = "Plan file to check." };
        var problemOption = new Option<string?>("--problem") { Description = "Problem file; defaults to the one the plan names." };
        var rosterOption = new Option<string?>("--roster") { Description = "Benchmark roster file (docs/roster-format.md)." };
        var instanceOption = new Option<string?>("--instance") { Description = "Curtois & Qu instance file the roster is for." };
        var verbose = new Option<bool>("--verbose") { Description = "List every violation." };
        var command = new Command("validate", "Recompute a plan's feasibility and cost from the files alone.")
        {
            planOption, problemOption, rosterOption, instanceOption, verbose,
        };
        command.SetAction(async (parse, ct) =>
        {
            PlanningProblem problem;
            Plan plan;
            if (parse.GetValue(rosterOption) is { } rosterPath)
            {
                var instancePath = parse.GetValue(instanceOption);
                if (instancePath is null || !File.Exists(instancePath) || !File.Exists(rosterPath))
                {
                    return CliInput.Fail("--roster needs an existing roster file and --instance an existing instance file");
                }

                var inst = CurtoisReader.Parse(await File.ReadAllTextAsync(instancePath, ct));
                if (!inst.Ok)
                {
                    return CliInput.Fail(instancePath, inst.Errors);
                }

                var name = Path.GetFileNameWithoutExtension(instancePath);
                var roster = RosterFile.Read(inst.Value!, await File.ReadAllTextAsync(rosterPath, ct), name);
                if (!roster.Ok)
                {
                    return CliInput.Fail(rosterPath, roster.Errors);
                }

                problem = CurtoisMapper.ToProblem(inst.Value!, name);
                plan = roster.Value!;
            }
            else if (parse.GetValue(planOption) is { } planPath)
            {
                var loaded = await PlanningFiles.ReadPlanAsync(planPath, ct);
                if (!loaded.Ok)
                {
                    return CliInput.Fail(planPath, loaded.Errors);
                }

                var problemPath = parse.GetValue(problemOption) ?? ReplanCommand.ResolveProblem(planPath, loaded.Value!.ProblemFile);
                if (problemPath is null)
                {
                    return CliInput.Fail("--problem: the plan names no problem file; give one");
                }

                var loadedProblem = await PlanningFiles.ReadProblemAsync(problemPath, ct);
                if (!loadedProblem.Ok)
                {
                    return CliInput.Fail(problemPath, loadedProblem.Errors);
                }

                problem = loadedProblem.Value!;
                plan = loaded.Value!;
            }
            else
            {
                return CliInput.Fail("give --plan (and optionally --problem), or --roster with --instance");
            }

            if (plan.Problem != problem.Name)
            {
                return CliInput.Fail($"the plan was made for problem '{plan.Problem}', not for '{problem.Name}': give the problem it was made for");
            }

            var report = PlanValidator.Validate(problem, plan.Assignments);
            if (parse.GetValue(verbose))
            {
                foreach (var v in report.Violations)
                {
                    AnsiConsole.MarkupLine(Markup.Escape($"{v.Rule} ({(v.Hard ? "hard" : $"cost {v.Cost}")}): {v.Message} [{v.StaffId} {v.SiteId} {v.WindowId}]"));
                }
            }

            PlanCommand.Summary(report, null, null);
            if (plan.Report is { } stated && (stated.Objective != report.Objective || stated.HardViolations != report.HardViolations))
            {
                // The file's own report is wrong: it was edited, or made for another version of the problem.
                CliConsoles.Error.MarkupLine($"[red]The plan file states objective {stated.Objective} with {stated.HardViolations} hard violations; recomputed: {report.Objective} with {report.HardViolations}.[/]");
                return 1;
            }

            return report.Feasible ? 0 : 1;
        });
        return command;
    }
}
