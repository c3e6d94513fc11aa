using Concordia.Data.Identity;

namespace Concordia.Web.Tests.Infrastructure;

/// <summary>The Paris 2024 demo (scenario and campaigns), started once for a test class, with an observer signed in.</summary>
public sealed class ParisDemo : IAsyncLifetime
{
    private ConcordiaApp? app;

    /// <summary>Demo mode with the Paris 2024 scenario and campaigns only.</summary>
    public static Dictionary<string, string?> Settings => new()
    {
        ["Demo:Enabled"] = "true",
        ["Demo:Password"] = "Demo-password-2024",
        ["Demo:ScenarioFiles:0"] = "samples/paris-2024/scenario.json",
        ["Demo:ScenarioFiles:1"] = string.Empty,
        ["Demo:CampaignFiles:0"] = "samples/paris-2024/campaigns.json",
        ["Demo:Upcoming:ScenarioFile"] = string.Empty,
    };

    public ConcordiaApp App => app!;

    public HttpClient Observer { get; private set; } = default!;

    public Guid Paris { get; private set; }

    public async ValueTask InitializeAsync()
    {
        app = await ConcordiaApp.StartAsync(Databases.Sqlite, Settings);
        Observer = await app.ClientAsync(Roles.Observer);
        Paris = (await Observer.GetArrayAsync("/api/v1/events")).Single(e => e!["code"]!.GetValue<string>() == "paris-2024")!["id"]!.GetValue<Guid>();
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
