using Concordia.Domain.Alerts;

namespace Concordia.Domain.Requirements;

/// <summary>
/// Which requirement rows are in force at an alert level. A row applies from its own level upwards; for the
/// same site, capability and window, the row of the highest level not above the level in force replaces the
/// rows of lower levels (replacement, not addition), so a planner states "40 at Vigilance, 55 at Urgence".
/// </summary>
public static class EffectiveRequirements
{
    public static IReadOnlyList<Requirement> At(IEnumerable<Requirement> requirements, AlertScale scale, string levelCode)
    {
        var inForce = scale.RankOf(levelCode);
        return requirements
            .Where(r => scale.Has(r.AlertLevel) && scale.RankOf(r.AlertLevel) <= inForce)
            .GroupBy(r => (r.SiteId, r.CapabilityId, r.Window.Start, r.Window.End))
            .Select(g => g.MaxBy(r => scale.RankOf(r.AlertLevel))!)
            .ToList();
    }
}
