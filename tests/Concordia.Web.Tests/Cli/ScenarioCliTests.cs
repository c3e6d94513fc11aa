using Concordia.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Concordia.Web.Tests.Cli;

/// <summary>The real <c>concordia</c> program, run as a user runs it, on a database of its own.</summary>
public sealed class ScenarioCliTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("concordia-cli-").FullName;

    [Fact]
    public async Task Importing_a_broken_file_prints_every_error_with_its_path_and_leaves_the_database_as_it_was()
    {
        var good = Path.Combine(folder, "good.json");
        await File.WriteAllTextAsync(good, TestScenario.Json(TestScenario.Small("cli-good")));
        Assert.Equal(0, (await RunAsync("scenario", "import", good, "--create")).ExitCode);
        var before = await CountRowsAsync();
        var file = TestScenario.Small("cli-broken");
        var broken = file with
        {
            Sites = [file.Sites[0] with { Location = new(95, 2) }, .. file.Sites.Skip(1)],
            Requirements = [.. file.Requirements, file.Requirements[0] with { Quantity = 0 }],
        };
        var path = Path.Combine(folder, "broken.json");
        await File.WriteAllTextAsync(path, TestScenario.Json(broken));

        var (exitCode, output) = await RunAsync("scenario", "import", path);

        Assert.Equal(2, exitCode);
        Assert.Contains("sites[0].location.lat: must be between -90 and 90", output, StringComparison.Ordinal);
        Assert.Contains("requirements[5].quantity: must be between 1 and 100000", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task Export_then_reimport_with_replace_gives_the_same_file()
    {
        var path = Path.Combine(folder, "small.json");
        await File.WriteAllTextAsync(path, TestScenario.Json(TestScenario.Small("cli-round")));
        Assert.Equal(0, (await RunAsync("scenario", "import", path, "--create")).ExitCode);
        var first = Path.Combine(folder, "first.json");
        var second = Path.Combine(folder, "second.json");

        Assert.Equal(0, (await RunAsync("scenario", "export", "cli-round", "--out", first)).ExitCode);
        Assert.Equal(0, (await RunAsync("scenario", "import", first, "--replace")).ExitCode);
        Assert.Equal(0, (await RunAsync("scenario", "export", "cli-round", "--out", second)).ExitCode);

        Assert.Equal(await File.ReadAllTextAsync(first), await File.ReadAllTextAsync(second));
    }

    [Fact]
    public async Task Exporting_an_unknown_event_is_an_input_error()
    {
        var (exitCode, output) = await RunAsync("scenario", "export", "no-such-event", "--create");

        Assert.Equal(2, exitCode);
        Assert.Contains("no event 'no-such-event'", output, StringComparison.Ordinal);
    }

    private Task<(int ExitCode, string Output)> RunAsync(params string[] args) => ConcordiaCli.RunAsync(folder, args);

    private async Task<long> CountRowsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "concordia.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        long total = 0;
        foreach (var table in new[] { "Events", "Sites", "Capabilities", "Agencies", "Requirements" })
        {
            await using var command = new SqliteCommand($"SELECT COUNT(*) FROM \"{table}\"", connection);
            total += (long)(await command.ExecuteScalarAsync())!;
        }

        return total;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
