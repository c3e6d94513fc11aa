using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Cli;

/// <summary>Issue 12, point 10: the command line keeps its word: bad input exits with 2 and changes nothing, creates nothing.</summary>
public sealed class CliInputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("concordia-cli-input-").FullName;

    [Fact]
    public async Task A_roster_file_that_is_not_there_is_bad_input()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "small.json"), TestScenario.Json(TestScenario.Small("cli-input")));
        Assert.Equal(0, (await ConcordiaCli.RunAsync(folder, "scenario", "import", Path.Combine(folder, "small.json"), "--create")).ExitCode);

        var (exitCode, output) = await ConcordiaCli.RunAsync(folder, "contingents", "import", "/nonexistent/x.csv", "--event", "cli-input", "--country", "PL");

        Assert.Equal(2, exitCode);
        Assert.Contains("/nonexistent/x.csv", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_data_folder_is_bad_input_and_no_database_appears_there_unless_create_is_given()
    {
        var mistyped = Path.Combine(folder, "concordai");

        var (refused, output) = await ConcordiaCli.RunAsync(mistyped, "events", "list");
        var existsAfterRefusal = Directory.Exists(mistyped);
        var (created, _) = await ConcordiaCli.RunAsync(mistyped, "events", "list", "--create");

        Assert.Equal(2, refused);
        Assert.Contains($"There is no Concordia database at {Path.Combine(mistyped, "concordia.db")}", ConcordiaCli.Unwrapped(output), StringComparison.Ordinal);
        Assert.False(existsAfterRefusal);
        Assert.Equal(0, created);
        Assert.True(File.Exists(Path.Combine(mistyped, "concordia.db")));
    }

    [Fact]
    public async Task A_missing_required_option_is_bad_input()
    {
        var (exitCode, _) = await ConcordiaCli.RunAsync(folder, "contingents", "import", "x.csv");

        Assert.Equal(2, exitCode);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
