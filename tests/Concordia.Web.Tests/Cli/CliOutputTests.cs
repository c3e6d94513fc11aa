using Concordia.Tests.Shared;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Cli;

/// <summary>
/// The <c>concordia</c> program as a script uses it (issue 13, point 10): results on standard output, errors on
/// standard error, tables whole when piped, exit codes that say whether a plan holds, words instead of .NET types.
/// </summary>
public sealed class CliOutputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("concordia-cli-out-").FullName;

    [Fact]
    public async Task An_error_goes_to_standard_error_and_standard_output_stays_empty()
    {
        var (exitCode, output, error) = await ConcordiaCli.RunPipedAsync(folder, "scenario", "validate", Path.Combine(folder, "missing.json"));

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains("missing.json' does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_piped_table_keeps_its_full_width_instead_of_being_cut_at_80_columns()
    {
        var scenario = Path.Combine(folder, "wide.json");
        var file = TestScenario.Small("cli-wide-table");
        await File.WriteAllTextAsync(scenario, TestScenario.Json(file with { Event = file.Event with { Name = "An event whose name is long enough to need room in a table" } }));
        Assert.Equal(0, (await ConcordiaCli.RunPipedAsync(folder, "scenario", "import", scenario, "--create")).ExitCode);

        var (exitCode, output, error) = await ConcordiaCli.RunPipedAsync(folder, "events", "list");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains(lines, l => l.Contains("An event whose name is long enough to need room in a table", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.Equal(lines[0].Length, l.Length));
        Assert.True(lines[0].Length > 80, $"the table is {lines[0].Length} columns wide");
    }

    [Fact]
    public async Task The_planning_problem_of_an_event_is_written_as_a_file_the_planning_commands_read()
    {
        var scenario = Path.Combine(folder, "problem.json");
        await File.WriteAllTextAsync(scenario, TestScenario.Json(TestScenario.Small("cli-problem")));
        Assert.Equal(0, (await ConcordiaCli.RunPipedAsync(folder, "scenario", "import", scenario, "--create")).ExitCode);
        var target = Path.Combine(folder, "cli-problem.planning.json");

        var (exitCode, output, error) = await ConcordiaCli.RunPipedAsync(folder, "events", "problem", "cli-problem", "--out", target);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Contains("demand lines at level", output, StringComparison.Ordinal);
        var read = Concordia.Planning.Io.PlanningFiles.ParseProblem(await File.ReadAllTextAsync(target));
        Assert.True(read.Ok, string.Join("; ", read.Errors));
        Assert.Equal("cli-problem", read.Value!.Name);
        Assert.NotEmpty(read.Value.Demands);
        Assert.All(read.Value.Demands, d => Assert.Contains(read.Value.Windows, w => w.Id == d.WindowId));

        var wrongLevel = await ConcordiaCli.RunPipedAsync(folder, "events", "problem", "cli-problem", "--out", target, "--level", "no-such-level");
        Assert.Equal(2, wrongLevel.ExitCode);
        Assert.Contains("--level: the event's alert scale has no level 'no-such-level'", wrongLevel.Error, StringComparison.Ordinal);
        var noPlan = await ConcordiaCli.RunPipedAsync(folder, "events", "problem", "cli-problem", "--out", target, "--published");
        Assert.Equal(2, noPlan.ExitCode);
        Assert.Contains("--published: the event has no published plan", noPlan.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Re_arranging_a_problem_without_published_duties_is_refused_in_words()
    {
        var (exitCode, output, error) = await ConcordiaCli.RunPipedAsync(folder, "plan", "--problem", SampleProblem, "--rearrange", "--out", Path.Combine(folder, "plan.json"));

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--rearrange: the problem has no published duties to re-arrange", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "plan.json")));
    }

    [Fact]
    public async Task Validate_refuses_a_plan_made_for_another_problem_with_a_non_zero_exit_code()
    {
        var plan = Path.Combine(folder, "plan.json");
        await File.WriteAllTextAsync(plan, """{ "problem": "another-event", "assignments": [] }""");

        var (exitCode, output, error) = await ConcordiaCli.RunPipedAsync(folder, "validate", "--plan", plan, "--problem", SampleProblem);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains("the plan was made for problem 'another-event', not for 'sample-seine-evening'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_fails_when_the_plans_own_report_differs_from_the_recomputed_one()
    {
        var plan = Path.Combine(folder, "plan.json");
        await File.WriteAllTextAsync(plan, """
            { "problem": "sample-seine-evening", "assignments": [],
              "report": { "hardViolations": 0, "objective": 0, "coveragePercent": 100, "byRule": [], "unmet": [], "violations": [] } }
            """);

        var (exitCode, _, error) = await ConcordiaCli.RunPipedAsync(folder, "validate", "--plan", plan, "--problem", SampleProblem);

        Assert.Equal(1, exitCode);
        Assert.Contains("The plan file states objective 0 with 0 hard violations; recomputed:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_option_is_explained_in_words_without_naming_a_dotnet_type()
    {
        var (exitCode, output, error) = await ConcordiaCli.RunPipedAsync(folder, "plan", "--problem", SampleProblem, "--seed", "abc");

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains("Cannot parse argument 'abc' for option '--seed' as a whole number", error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
    }

    private static string SampleProblem => Path.Combine(RepositoryFolder.Root, "samples", "planning", "seine-evening.problem.json");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
