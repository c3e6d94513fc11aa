namespace Concordia.Web.Features.Demo;

/// <summary>The demo mode: on an empty database, the scenarios listed here are imported at start-up.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }

    /// <summary>Scenario files, absolute or relative to the application folder.</summary>
    public List<string> ScenarioFiles { get; set; } = [];
}
