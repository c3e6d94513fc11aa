namespace Concordia.Planning.Model;

/// <summary>
/// What happened since a plan was published. Demands given here replace the demand of the same
/// site, window and capability (or add it); windows may be added; absent members and closed sites are
/// unavailable from the given instant on.
/// </summary>
public sealed record PlanChange
{
    public required DateTimeOffset Now { get; init; }

    /// <summary>Nothing published in windows starting before Now + FrozenMinutes may move.</summary>
    public int FrozenMinutes { get; init; } = 120;

    public IReadOnlyList<TimeWindow> AddedWindows { get; init; } = [];
    public IReadOnlyList<Demand> Demands { get; init; } = [];
    public IReadOnlyList<StaffAbsence> AbsentStaff { get; init; } = [];
    public IReadOnlyList<SiteClosure> ClosedSites { get; init; } = [];
}
