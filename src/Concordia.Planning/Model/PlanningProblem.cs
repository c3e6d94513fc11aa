namespace Concordia.Planning.Model;

/// <summary>
/// Everything the engine needs to build a deployment plan. All instants are UTC; day 0 starts at
/// <see cref="HorizonStart"/>. Demand already has priority and alert level applied by the caller.
/// </summary>
public sealed record PlanningProblem
{
    public required string Name { get; init; }
    public required DateTimeOffset HorizonStart { get; init; }
    public required int HorizonDays { get; init; }
    public IReadOnlyList<Site> Sites { get; init; } = [];
    public IReadOnlyList<TimeWindow> Windows { get; init; } = [];
    public IReadOnlyList<Demand> Demands { get; init; } = [];
    public IReadOnlyList<StaffMember> Staff { get; init; } = [];
    public IReadOnlyList<LanguageNeed> LanguageNeeds { get; init; } = [];
    public IReadOnlyList<Preference> Preferences { get; init; } = [];
    public IReadOnlyList<TravelTime> TravelTimes { get; init; } = [];
    public RuleSettings Rules { get; init; } = new();

    /// <summary>The plan currently published, when this problem is a re-plan; moving its assignments costs.</summary>
    public IReadOnlyList<Assignment> Published { get; init; } = [];

    /// <summary>Published assignments of windows starting before this instant may not change.</summary>
    public DateTimeOffset? FrozenUntil { get; init; }

    /// <summary>
    /// The published assignments of windows starting before <see cref="FrozenUntil"/>: the start of a re-plan that
    /// re-arranges everything after the frozen horizon. Every other published assignment the new plan does not take up
    /// again counts as moved, as in any re-plan.
    /// </summary>
    public IReadOnlyList<Assignment> FrozenPublished()
    {
        if (FrozenUntil is not { } until)
        {
            return [];
        }

        var starts = Windows.ToDictionary(w => w.Id, w => w.Start, StringComparer.Ordinal);
        return [.. Published.Where(a => starts[a.WindowId] < until)];
    }
}
