namespace Concordia.Web.Features.Demo;

/// <summary>
/// The upcoming demo event (section <c>Demo:Upcoming</c>): a historical scenario imported again under another code,
/// with every date moved so that <see cref="SourceDay"/> of the historical data falls on the day the demo is first
/// started. Its requests, answers and contingents are seeded as they stood on that day of the source.
/// </summary>
public sealed class UpcomingDemoOptions
{
    /// <summary>Scenario file, absolute or relative to the application folder.</summary>
    public string ScenarioFile { get; set; } = string.Empty;

    /// <summary>Demo requests for assistance of that scenario; empty for none.</summary>
    public string? CampaignFile { get; set; }

    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    /// <summary>The day of the source data that becomes today: its preparation, before the event starts.</summary>
    public DateOnly SourceDay { get; set; }
}
