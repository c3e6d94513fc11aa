using System.Text;
using Concordia.Data.Rosters;
using Concordia.Web.Tests.Infrastructure;
using Concordia.Web.Tests.Rosters;
using Microsoft.Data.Sqlite;

namespace Concordia.Web.Tests.Contingents;

/// <summary><c>concordia contingents template|import|export</c>, run as a user runs it, on a database of its own.</summary>
public sealed class ContingentCliTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("concordia-contingents-cli-").FullName;

    [Fact]
    public async Task A_roster_with_errors_is_refused_row_by_row_then_the_fixed_one_imports_once_and_exports_the_same_members()
    {
        var code = TestScenario.Code();
        var scenario = Path.Combine(folder, "scenario.json");
        await File.WriteAllTextAsync(scenario, TestScenario.Json(TestScenario.Small(code)), TestContext.Current.CancellationToken);
        Assert.Equal(0, (await RunAsync("scenario", "import", scenario, "--create")).ExitCode);
        var broken = await WriteAsync("broken.csv", TestRoster.WithErrors());
        var good = await WriteAsync("good.csv", await RosterSamples.Csv(TestRoster.Three));
        var exported = Path.Combine(folder, "export.csv");
        var template = Path.Combine(folder, "modele.xlsx");

        var refused = await RunAsync("contingents", "import", broken, "--event", code, "--country", "PL");
        var dryRun = await RunAsync("contingents", "import", good, "--event", code, "--country", "PL", "--dry-run");
        var imported = await RunAsync("contingents", "import", good, "--event", code, "--country", "PL");
        var again = await RunAsync("contingents", "import", good, "--event", code, "--country", "pl");
        var export = await RunAsync("contingents", "export", "--event", code, "--country", "PL", "--format", "csv", "-o", exported);
        var templated = await RunAsync("contingents", "template", "--format", "xlsx", "--language", "french", "-o", template);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("row 3, column B (Family name): is required", refused.Output, StringComparison.Ordinal);
        Assert.Contains("Would import", dryRun.Output, StringComparison.Ordinal);
        Assert.True(imported.ExitCode == 0, imported.Output);
        Assert.Contains("3 new, 0 updated, 0 unchanged", imported.Output, StringComparison.Ordinal);
        Assert.Contains("0 new, 0 updated, 3 unchanged", again.Output, StringComparison.Ordinal);
        Assert.True(export.ExitCode == 0, export.Output);
        var preview = await RosterReader.ReadAsync(File.OpenRead(exported), "export.csv", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(TestRoster.Three.Select(e => e.PersonnelNumber).Order(StringComparer.Ordinal), preview.Entries.Select(e => e.PersonnelNumber));
        Assert.Equal(TestRoster.Grzegorz.Dog, preview.Entries.Single(e => e.PersonnelNumber == "PL-ZW-0003").Dog);
        Assert.True(templated.ExitCode == 0, templated.Output);
        Assert.Equal("PK", Encoding.ASCII.GetString((await File.ReadAllBytesAsync(template, TestContext.Current.CancellationToken))[..2]));
    }

    private async Task<string> WriteAsync(string name, byte[] content)
    {
        var path = Path.Combine(folder, name);
        await File.WriteAllBytesAsync(path, content, TestContext.Current.CancellationToken);
        return path;
    }

    private Task<(int ExitCode, string Output)> RunAsync(params string[] args) => ConcordiaCli.RunAsync(folder, args);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
