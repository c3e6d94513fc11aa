namespace Concordia.Planning.Model;

/// <summary>Rule configuration of a problem. Every rule has defaults; <see cref="Overrides"/> is keyed by rule name.</summary>
public sealed record RuleSettings
{
    public WorkLimits Limits { get; init; } = WorkLimits.EventDefaults;

    /// <summary>Joint patrols: at least this many host officers per foreign officer at a site and window.</summary>
    public int HostsPerForeign { get; init; } = 2;

    /// <summary>Changeover between two sites when no <see cref="TravelTime"/> names the pair.</summary>
    public int DefaultChangeoverMinutes { get; init; } = 45;

    /// <summary>Pairs "from>to" of window kinds that may not follow on the next day, e.g. "night>early".</summary>
    public IReadOnlyList<string> ForbiddenSuccessions { get; init; } = ["night>early"];

    /// <summary>Night and weekend duties per person beyond these cost the fairness weight; null derives a share.</summary>
    public int? FairNights { get; init; }
    public int? FairWeekendDays { get; init; }

    /// <summary>
    /// When true, a run of working days touching the horizon's first or last day is taken to continue beyond it,
    /// so the minimum run length does not apply to it (the Curtois &amp; Qu benchmark's convention: "an infinite number
    /// of consecutive shifts" before and after the planning period). Null or false: days outside the horizon are off
    /// and edge runs must be long enough too.
    /// </summary>
    public bool? RunsContinueBeyondHorizon { get; init; }

    public IReadOnlyDictionary<string, RuleSetting> Overrides { get; init; } = new Dictionary<string, RuleSetting>();
}
