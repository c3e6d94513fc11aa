namespace Concordia.Web.Features.Demo;

/// <summary>
/// The demo mode (on under <c>dotnet run</c>, off in production): on an empty database the scenarios listed here are
/// imported, and one account per role is created. Outside demo mode such accounts are removed at start-up.
/// </summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }

    /// <summary>Scenario files, absolute or relative to the application folder.</summary>
    public List<string> ScenarioFiles { get; set; } = [];

    /// <summary>Demo requests for assistance and their answers (relative to the application folder), seeded after the scenarios.</summary>
    public List<string> CampaignFiles { get; set; } = [];

    /// <summary>An upcoming event made from a historical one, so that every role has work today; none when absent.</summary>
    public UpcomingDemoOptions? Upcoming { get; set; }

    /// <summary>One password for every demo account; when empty, each gets a random one, printed once at start-up.</summary>
    public string? Password { get; set; }
}
