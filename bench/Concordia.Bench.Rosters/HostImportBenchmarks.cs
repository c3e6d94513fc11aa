using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Concordia.Data;
using Concordia.Data.Auditing;
using Concordia.Data.Contingents;
using Concordia.Data.Privacy;
using Concordia.Data.Rosters;
using Concordia.Domain.Agencies;
using Concordia.Domain.Alerts;
using Concordia.Domain.Capabilities;
using Concordia.Domain.Contingents;
using Concordia.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Concordia.Bench.Rosters;

/// <summary>
/// 50,000 members of a host agency's forces written into an empty agency, on SQLite and on PostgreSQL (the server in
/// <c>CONCORDIA_TEST_POSTGRES</c>; skipped without it): the per-entity EF Core path (<c>AddRange</c> and one tracked save,
/// what imports did before) as the baseline, the bulk path (<see cref="BulkInsert"/>) with the same members, and the
/// whole roster import (<see cref="RosterImporter"/>: reading the CSV, checking every cell, matching, creating the
/// units, committing in bulk with one audit entry).
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet runs a generated subclass of each benchmark class.</remarks>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class HostImportBenchmarks
{
    private const int Count = 50_000;

    private readonly string folder = Directory.CreateTempSubdirectory("concordia-bench-host-").FullName;
    private byte[] csv = [];
    private IReadOnlyList<RosterEntry> entries = [];
    private Event ev = default!;
    private Agency agency = default!;
    private Dictionary<string, Guid> capabilities = [];
    private List<Member> members = [];

    [Params("sqlite", "postgres")]
    public string Database { get; set; } = "sqlite";

    [GlobalSetup]
    public void Setup()
    {
        entries = RosterGenerator.HostMembers(Count, 2024);
        using (var stream = new MemoryStream())
        {
            RosterCsvWriter.WriteAsync(stream, entries, RosterLanguage.French).GetAwaiter().GetResult();
            csv = stream.ToArray();
        }

        using var db = Context();
        if (Database == "postgres")
        {
            db.Database.EnsureDeleted();
        }

        DatabaseMigrator.MigrateAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        var scale = AlertScale.Create("vigipirate", "Vigipirate", [new AlertLevel("vigilance", "Vigilance", 1, "#2E86C1")]).Value;
        ev = Event.Create("bench-host", "Bench Games", null, "FR", "Europe/Paris", new DateOnly(2027, 7, 1), new DateOnly(2027, 7, 31), [], scale, "vigilance").Value;
        db.Events.Add(ev);
        agency = Agency.Create(ev, "fr-gn", "Gendarmerie nationale", AgencyKind.Gendarmerie, null).Value;
        db.Agencies.Add(agency);
        foreach (var code in entries.Select(m => m.CapabilityCode).Distinct())
        {
            db.Capabilities.Add(Capability.Create(ev, code, code, CapabilityKind.Other, 1).Value);
        }

        db.SaveChangesAsync().GetAwaiter().GetResult();
        capabilities = db.Capabilities.Where(c => c.EventId == ev.Id).ToDictionary(c => c.Code, c => c.Id);
    }

    [IterationSetup]
    public void EmptyAgency()
    {
        using var db = Context();
        db.Members.Where(m => m.EventId == ev.Id).ExecuteDelete();
        db.Units.Where(u => u.EventId == ev.Id).ExecuteDelete();
        var at = DateTime.UtcNow;
        members = [.. entries.Select(e => Member.CreateHost(ev, agency, RosterMapping.ToDetails(e, capabilities[e.CapabilityCode]), at).Value)];
    }

    [Benchmark(Baseline = true, Description = "50,000 members, EF Core AddRange + SaveChanges")]
    public async Task<int> PerEntity()
    {
        await using var db = Context();
        db.Members.AddRange(members);
        return await db.SaveChangesAsOneAuditEntryAsync("Bench", "HostForces", "bench", new { members = members.Count }, CancellationToken.None);
    }

    [Benchmark(Description = "50,000 members, BulkInsert")]
    public async Task<int> Bulk()
    {
        await using var db = Context();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await BulkInsert.WriteAsync(db, members, CancellationToken.None);
        await db.SaveChangesAsOneAuditEntryAsync("Bench", "HostForces", "bench", new { members = members.Count }, CancellationToken.None);
        await transaction.CommitAsync();
        return members.Count;
    }

    [Benchmark(Description = "50,000-row CSV roster, whole import (RosterImporter)")]
    public async Task<int> WholeImport()
    {
        await using var db = Context();
        var importer = new RosterImporter(db);
        var owner = RosterOwner.HostAgency(ev, agency);
        var preview = await importer.ReadAsync(ev, owner, new MemoryStream(csv), "roster.csv", null, CancellationToken.None);
        var result = await importer.CommitAsync(ev, owner, preview, "bench", "roster.csv", CancellationToken.None);
        if (!result.IsSuccess || result.Value.Created != Count)
        {
            throw new InvalidOperationException($"The import did not do what was expected: {string.Join("; ", result.Errors.Take(5))}");
        }

        return result.Value.Rows.Count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Database == "postgres")
        {
            using var db = Context();
            db.Database.EnsureDeleted();
            NpgsqlConnection.ClearAllPools();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private ConcordiaDbContext Context()
    {
        if (Database == "postgres")
        {
            var server = Environment.GetEnvironmentVariable("CONCORDIA_TEST_POSTGRES")
                ?? throw new InvalidOperationException("Set CONCORDIA_TEST_POSTGRES to a PostgreSQL server to run the PostgreSQL cases.");
            var connection = new NpgsqlConnectionStringBuilder(server) { Database = "concordia_bench_host" }.ConnectionString;
            return new PostgresConcordiaDbContext(new DbContextOptionsBuilder<PostgresConcordiaDbContext>()
                    .UseNpgsql(connection, o => o.MigrationsAssembly(typeof(ConcordiaDbContext).Assembly.FullName)).Options,
                DataAccess.System("bench"), Protector, AuditSeal.Ephemeral());
        }

        return new SqliteConcordiaDbContext(new DbContextOptionsBuilder<SqliteConcordiaDbContext>()
                .UseSqlite($"Data Source={Path.Combine(folder, "bench.db")}", o => o.MigrationsAssembly(typeof(ConcordiaDbContext).Assembly.FullName)).Options,
            DataAccess.System("bench"), Protector, AuditSeal.Ephemeral());
    }

    private static readonly PersonalDataProtector Protector = PersonalDataProtector.Ephemeral();

    /// <summary>In the benchmark's own process (building a separate one takes longer than its time-out on a loaded machine), 1 warm-up and 3 measured runs.</summary>
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig() => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithInvocationCount(1).WithUnrollFactor(1));
    }
}
