using System.Text.Json.Nodes;
using Concordia.Data;
using Concordia.Data.Privacy;
using Concordia.Domain.Contingents;
using Concordia.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Web.Tests.Cli;

/// <summary><c>concordia privacy</c> on a database the command line shares with a test app (same key ring).</summary>
public sealed class PrivacyCliTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("concordia-privacy-").FullName;

    [Fact]
    public async Task Export_gives_everything_held_about_one_person_in_clear_and_is_audited()
    {
        var (eventCode, memberId) = await ArrangeAsync(new DateOnly(2024, 7, 26), new DateOnly(2024, 7, 28));
        var output = Path.Combine(folder, "person.json");

        var (exitCode, text) = await RunAsync("privacy", "export", "--person", memberId.ToString(), "--out", output);

        Assert.True(exitCode == 0, text);
        var export = JsonNode.Parse(await File.ReadAllTextAsync(output))!;
        Assert.Equal(("Kowalczyk", "Małgorzata", "PL5551234"),
            (export["person"]!["familyName"]!.GetValue<string>(), export["person"]!["givenName"]!.GetValue<string>(), export["person"]!["documentNumber"]!.GetValue<string>()));
        Assert.Equal(eventCode, export["event"]!["code"]!.GetValue<string>());
        Assert.Equal(1, await CountAuditAsync("PersonalDataExported"));
    }

    [Fact]
    public async Task Purge_erases_personal_data_after_retention_and_keeps_counts()
    {
        var (eventCode, memberId) = await ArrangeAsync(new DateOnly(2020, 7, 1), new DateOnly(2020, 7, 3));

        var (exitCode, text) = await RunAsync("privacy", "purge", "--event", eventCode);

        Assert.True(exitCode == 0, text);
        Assert.Contains("1 member", text, StringComparison.Ordinal);
        await using var services = await OpenAsync();
        await using var db = SystemContext.Create(services.CreateScope().ServiceProvider, "test");
        var member = await db.Members.SingleAsync(m => m.Id == memberId);
        Assert.Equal(("(erased)", (string?)null, (string?)null), (member.FamilyName, member.DocumentNumber, member.Phone));
        Assert.Equal("PL", member.Country);
        Assert.Equal(1, await CountAuditAsync("PersonalDataPurged"));
    }

    [Fact]
    public async Task Purge_before_the_retention_period_ends_is_refused_and_changes_nothing()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (eventCode, memberId) = await ArrangeAsync(today.AddDays(-10), today.AddDays(-5));

        var (exitCode, text) = await RunAsync("privacy", "purge", "--event", eventCode);

        Assert.Equal(2, exitCode);
        Assert.Contains("may be purged from", text, StringComparison.Ordinal);
        await using var services = await OpenAsync();
        await using var db = SystemContext.Create(services.CreateScope().ServiceProvider, "test");
        Assert.Equal("PL5551234", (await db.Members.SingleAsync(m => m.Id == memberId)).DocumentNumber);
    }

    private async Task<(string EventCode, Guid MemberId)> ArrangeAsync(DateOnly start, DateOnly end)
    {
        var code = TestScenario.Code();
        var file = TestScenario.Small(code);
        var scenario = file with { Event = file.Event with { Start = start, End = end, Phases = [] }, Requirements = [] };
        var path = Path.Combine(folder, "scenario.json");
        await File.WriteAllTextAsync(path, TestScenario.Json(scenario));
        var (imported, output) = await RunAsync("scenario", "import", path, "--create");
        Assert.True(imported == 0, output);

        await using var services = await OpenAsync();
        await using var db = SystemContext.Create(services.CreateScope().ServiceProvider, "test");
        var ev = await db.Events.SingleAsync(e => e.Code == code);
        var member = Member.Create(ev, "PL", new MemberDetails("Kowalczyk", "Małgorzata", DocumentNumber: "PL5551234", Phone: "+48 600 700 800"), DateTime.UtcNow).Value;
        db.Members.Add(member);
        await db.SaveChangesAsync();
        return (code, member.Id);
    }

    /// <summary>The same database and key ring as the CLI's defaults for this folder.</summary>
    private async Task<ServiceProvider> OpenAsync()
    {
        var services = new ServiceCollection();
        var database = new DatabaseOptions { DataDirectory = folder };
        services.AddConcordiaData(database, new PrivacyOptions());
        services.AddSingleton<IDataAccess>(DataAccess.System("test"));
        var provider = services.BuildServiceProvider();
        await Task.CompletedTask;
        return provider;
    }

    private async Task<long> CountAuditAsync(string action)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "concordia.db")};Pooling=False");
        await connection.OpenAsync();
        return (long)(await new SqliteCommand($"SELECT COUNT(*) FROM \"AuditEntries\" WHERE \"Action\" = '{action}'", connection).ExecuteScalarAsync())!;
    }

    private Task<(int ExitCode, string Output)> RunAsync(params string[] args) => ConcordiaCli.RunAsync(folder, args);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
