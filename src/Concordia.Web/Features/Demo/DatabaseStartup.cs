using Concordia.Data;
using Concordia.Data.Scenarios;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Concordia.Web.Features.Demo;

/// <summary>
/// At start-up: bring the schema up to date; in demo mode on an empty database, import the demo scenarios, demo
/// contingents and demo accounts; outside demo mode, remove any demo account and say when there is no administrator.
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
            var importer = new ScenarioImporter(db);
            foreach (var file in demo.ScenarioFiles.Where(f => !string.IsNullOrWhiteSpace(f)))
            {
                var path = Path.IsPathRooted(file) ? file : Path.Combine(AppContext.BaseDirectory, file);
                var result = await importer.ImportFileAsync(path, replace: false, stopping);
                if (!result.IsSuccess)
                {
                    throw new InvalidOperationException($"The demo scenario '{path}' cannot be imported: " + string.Join("; ", result.Errors.Take(20)));
                }

                LogSeeded(logger, result.Value.Event.Code, result.Value.Sites.Count, result.Value.Requirements.Count);
            }

            foreach (var file in demo.CampaignFiles.Where(f => !string.IsNullOrWhiteSpace(f)))
            {
                var path = Path.IsPathRooted(file) ? file : Path.Combine(AppContext.BaseDirectory, file);
                if (File.Exists(path))
                {
                    await DemoCampaigns.SeedAsync(db, path, stopping);
                }
            }

            // Contingents are generated for the accepted commitments, so after the campaigns.
            await DemoContingents.SeedAsync(db, stopping);
        }

        await DemoAccounts.EnsureAsync(services, db, demo, logger, stopping);
    }

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Demo scenario {EventCode} imported: {Sites} sites, {Requirements} requirement rows")]
    private static partial void LogSeeded(ILogger logger, string eventCode, int sites, int requirements);
}
