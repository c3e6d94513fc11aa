using System.Diagnostics;
using Concordia.Data;
using Concordia.Data.Scenarios;
using Concordia.Data.Scenarios.Format;
using Concordia.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Concordia.Web.Features.Demo;

/// <summary>
/// At start-up: bring the schema up to date; in demo mode on an empty database, import the demo scenarios, demo
/// campaigns and contingents, then the upcoming demo event with the host's own forces, saying how far it has got; then
/// the demo accounts.
/// Outside demo mode, remove any demo account and say when there is no administrator.
/// </summary>
public static partial class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        var stopping = app.Lifetime.ApplicationStopping;
        await using var db = SystemContext.Create(services, "start-up");
        await DatabaseMigrator.MigrateAsync(db, stopping);

        var demo = services.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (!demo.Enabled)
        {
            await DemoAccounts.RemoveAsync(services, logger, stopping);
            await Users.FirstAdministrator.CheckAsync(services, logger);
            return;
        }

        if (!await db.Events.AnyAsync(stopping))
        {
            await SeedAsync(db, demo, services.GetRequiredService<TimeProvider>(), logger, stopping);
        }

        await DemoAccounts.EnsureAsync(services, db, demo, logger, stopping);
    }

    private static async Task SeedAsync(ConcordiaDbContext db, DemoOptions demo, TimeProvider time, ILogger logger, CancellationToken stopping)
    {
        var scenarios = demo.ScenarioFiles.Where(f => !string.IsNullOrWhiteSpace(f)).Select(InAppFolder).ToList();
        var campaigns = demo.CampaignFiles.Where(f => !string.IsNullOrWhiteSpace(f)).Select(InAppFolder).Where(File.Exists).ToList();
        var upcoming = demo.Upcoming is { ScenarioFile.Length: > 0 } u ? u : null;
        var progress = new Progress(logger, scenarios.Count + campaigns.Count + 4 + (upcoming is null ? 0 : 4));
        var importer = new ScenarioImporter(db);
        // Reading and checking the Paris file takes seconds; the upcoming event reuses what was read.
        var files = new Dictionary<string, Result<ScenarioFile>>();
        foreach (var path in scenarios)
        {
            progress.Next($"scenario {Path.GetFileName(Path.GetDirectoryName(path))}");
            files[path] = await ScenarioReader.ReadFileAsync(path, stopping);
            var graph = ScenarioImporter.ToDomain(files[path]);
            Check(graph, path);
            var result = await importer.ImportAsync(graph.Value, replace: false, stopping);
            Check(result, path);
            LogSeeded(logger, result.Value.Event.Code, result.Value.Sites.Count, result.Value.Requirements.Count);
        }

        foreach (var path in campaigns)
        {
            progress.Next("requests for assistance and answers");
            await DemoCampaigns.SeedAsync(db, path, stopping);
        }

        // Contingents are generated for the accepted commitments, so after the campaigns.
        progress.Next("contingents");
        await DemoContingents.SeedAsync(db, stopping);
        if (upcoming is not null)
        {
            var path = InAppFolder(upcoming.ScenarioFile);
            var file = files.TryGetValue(path, out var read) ? read : await ScenarioReader.ReadFileAsync(path, stopping);
            await SeedUpcomingAsync(db, importer, upcoming, file, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), progress, logger, stopping);
        }

        progress.Next("legal status of foreign officers");
        await DemoLegalStatuses.SeedAsync(db, stopping);
        progress.Next("agreements, expenses and claims");
        await DemoCosts.SeedAsync(db, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), stopping);
        progress.Next("equipment, weapons and dogs");
        await DemoEquipment.SeedAsync(db, stopping);
        progress.Done();
    }

    private static async Task SeedUpcomingAsync(ConcordiaDbContext db, ScenarioImporter importer, UpcomingDemoOptions upcoming,
        Result<ScenarioFile> file, DateOnly today, Progress progress, ILogger logger, CancellationToken stopping)
    {
        progress.Next($"upcoming event {upcoming.Code}");
        var path = upcoming.ScenarioFile;
        var days = today.DayNumber - upcoming.SourceDay.DayNumber;
        var move = file.IsSuccess ? new ScenarioMove(upcoming.Code, upcoming.Name, file.Value.Event.Start.AddDays(days), upcoming.Description) : null;
        var graph = ScenarioImporter.ToDomain(file, move);
        Check(graph, path);
        var result = await importer.ImportAsync(graph.Value, replace: false, stopping);
        Check(result, path);
        LogSeeded(logger, upcoming.Code, result.Value.Sites.Count, result.Value.Requirements.Count);

        var timeline = new DemoTimeline(upcoming.Code, days, today);
        progress.Next($"requests for assistance of {upcoming.Code}, as they stand today");
        if (upcoming.CampaignFile is { Length: > 0 } campaigns)
        {
            await DemoCampaigns.SeedAsync(db, InAppFolder(campaigns), stopping, timeline);
        }

        progress.Next($"contingents of {upcoming.Code}, in vetting");
        await DemoContingents.SeedAsync(db, stopping, timeline);

        // The host's own forces are where planning is usable today: on the upcoming event.
        progress.Next($"host forces of {upcoming.Code}");
        await DemoHostForces.SeedAsync(db, upcoming.Code, stopping);
    }

    private static string InAppFolder(string file) => Path.IsPathRooted(file) ? file : Path.Combine(AppContext.BaseDirectory, file);

    private static void Check<T>(Result<T> result, string path)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"The demo scenario '{path}' cannot be imported: " + string.Join("; ", result.Errors.Take(20)));
        }
    }

    /// <summary>One line per step of loading the demo, so that a first start says what it is doing and how far it is.</summary>
    private sealed class Progress(ILogger logger, int steps)
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private int step;

        public void Next(string what) => LogStep(logger, ++step, steps, what, clock.Elapsed.TotalSeconds);

        public void Done() => LogLoaded(logger, clock.Elapsed.TotalSeconds);
    }

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Demo scenario {EventCode} imported: {Sites} sites, {Requirements} requirement rows")]
    private static partial void LogSeeded(ILogger logger, string eventCode, int sites, int requirements);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Loading the demo data, step {Step} of {Steps}: {What} ({Seconds:F0} s so far)")]
    private static partial void LogStep(ILogger logger, int step, int steps, string what, double seconds);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Demo data loaded in {Seconds:F0} s")]
    private static partial void LogLoaded(ILogger logger, double seconds);
}
