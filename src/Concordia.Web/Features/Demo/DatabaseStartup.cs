using Concordia.Data;
using Concordia.Data.Scenarios;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Concordia.Web.Features.Demo;

/// <summary>At start-up: bring the schema up to date, then, in demo mode on an empty database, import the demo scenarios.</summary>
public static partial class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        var db = services.GetRequiredService<ConcordiaDbContext>();
        var stopping = app.Lifetime.ApplicationStopping;
        await DatabaseMigrator.MigrateAsync(db, stopping);

        var demo = services.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (!demo.Enabled || await db.Events.AnyAsync(stopping))
        {
            return;
        }

        var importer = services.GetRequiredService<ScenarioImporter>();
        foreach (var file in demo.ScenarioFiles.Where(f => !string.IsNullOrWhiteSpace(f)))
        {
            var path = Path.IsPathRooted(file) ? file : Path.Combine(AppContext.BaseDirectory, file);
            var result = await importer.ImportFileAsync(path, replace: false, stopping);
            if (result.IsSuccess)
            {
                LogSeeded(logger, result.Value.Event.Code, result.Value.Sites.Count, result.Value.Requirements.Count);
            }
            else
            {
                throw new InvalidOperationException($"The demo scenario '{path}' cannot be imported: " + string.Join("; ", result.Errors.Take(20)));
            }
        }
    }

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Demo scenario {EventCode} imported: {Sites} sites, {Requirements} requirement rows")]
    private static partial void LogSeeded(ILogger logger, string eventCode, int sites, int requirements);
}
