namespace Concordia.Web.Features.Demo;

/// <summary>
/// The upcoming demo event's clock: its data are the historical ones moved by <paramref name="Days"/>, and
/// <paramref name="Today"/> is the day the demo starts on, before which everything seeded happened.
/// </summary>
public sealed record DemoTimeline(string EventCode, int Days, DateOnly Today);
