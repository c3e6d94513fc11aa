using BenchmarkDotNet.Attributes;
using Concordia.Data;
using Concordia.Data.Auditing;
using Concordia.Data.Contingents;
using Concordia.Data.Privacy;
using Concordia.Data.Rosters;
using Concordia.Domain.Alerts;
using Concordia.Domain.Capabilities;
using Concordia.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Bench.Rosters;

/// <summary>
/// The whole import a liaison's upload runs, into a SQLite database: reading the 2,500-member CSV, matching members by
/// personnel number, linking commitments, encrypting personal data, and committing in one transaction with one audit
/// entry; and importing the same file again, which changes nothing.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet runs a generated subclass of each benchmark class.</remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8, invocationCount: 1)]
public class DatabaseImportBenchmarks
{
    private const int Members = 2_500;
    private const string Country = "PL";

    private readonly string folder = Directory.CreateTempSubdirectory("concordia-bench-").FullName;
    private byte[] csv = [];
    private Event ev = default!;

    [GlobalSetup]
    public void Setup()
    {
        var members = RosterGenerator.Members(Members, 2024);
        csv = Write(stream => RosterCsvWriter.WriteAsync(stream, members, RosterLanguage.French));
        using var db = Context();
        DatabaseMigrator.MigrateAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        var scale = AlertScale.Create("vigipirate", "Vigipirate", [new AlertLevel("vigilance", "Vigilance", 1, "#2E86C1")]).Value;
        ev = Event.Create("bench", "Bench Games", null, "FR", "Europe/Paris", new DateOnly(2030, 7, 1), new DateOnly(2030, 7, 31), [], scale, "vigilance").Value;
        db.Events.Add(ev);
        foreach (var code in members.Select(m => m.CapabilityCode).Distinct())
        {
            db.Capabilities.Add(Capability.Create(ev, code, code, CapabilityKind.Other, 1).Value);
        }

        db.SaveChangesAsync().GetAwaiter().GetResult();
    }

    [IterationSetup(Target = nameof(ImportIntoEmptyContingent))]
    public void EmptyContingent()
    {
        using var db = Context();
        db.Members.Where(m => m.EventId == ev.Id).ExecuteDelete();
    }

    [IterationSetup(Target = nameof(ImportUnchangedFile))]
    public void FullContingent()
    {
        EmptyContingent();
        ImportIntoEmptyContingent().GetAwaiter().GetResult();
    }

    [Benchmark(Description = "CSV, 2,500 new members committed")]
    public Task<int> ImportIntoEmptyContingent() => ImportAsync(expectedCreated: Members);

    [Benchmark(Description = "CSV, same file again (nothing changes)")]
    public Task<int> ImportUnchangedFile() => ImportAsync(expectedCreated: 0);

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private async Task<int> ImportAsync(int expectedCreated)
    {
        await using var db = Context();
        var importer = new RosterImporter(db);
        var preview = await importer.ReadAsync(ev, Country, new MemoryStream(csv), "roster.csv", null, CancellationToken.None);
        var result = await importer.CommitAsync(ev, Country, preview, "bench", "roster.csv", CancellationToken.None);
        if (!result.IsSuccess || result.Value.Created != expectedCreated)
        {
            throw new InvalidOperationException($"The import did not do what was expected: {string.Join("; ", result.Errors.Take(5))}");
        }

        return result.Value.Rows.Count;
    }

    private SqliteConcordiaDbContext Context() =>
        new(new DbContextOptionsBuilder<SqliteConcordiaDbContext>()
                .UseSqlite($"Data Source={Path.Combine(folder, "bench.db")}", o => o.MigrationsAssembly(typeof(ConcordiaDbContext).Assembly.FullName)).Options,
            DataAccess.System("bench"), Protector, AuditSeal.Ephemeral());

    private static readonly PersonalDataProtector Protector = PersonalDataProtector.Ephemeral();

    private static byte[] Write(Func<Stream, Task> write)
    {
        using var stream = new MemoryStream();
        write(stream).GetAwaiter().GetResult();
        return stream.ToArray();
    }
}
