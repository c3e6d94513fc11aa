using Concordia.Domain.Events;

namespace Concordia.Domain.Requirements;

/// <summary>
/// Totals of requirements in force. A window counts on the local day (event time zone) on which it starts,
/// so a night shift from 22:00 to 06:00 counts once, on the evening it begins; a window is one person-shift.
/// </summary>
public static class RequirementTotals
{
    public static IReadOnlyList<DailyTotal> PerDayAndCapability(Event ev, IEnumerable<Requirement> inForce) =>
        inForce
            .GroupBy(r => (Day: ev.LocalDay(r.Window.Start), r.CapabilityId))
            .Select(g => new DailyTotal(g.Key.Day, g.Key.CapabilityId, g.Sum(r => r.Quantity), g.Sum(r => r.Quantity * r.Window.Duration.TotalHours)))
            .OrderBy(t => t.Day).ThenBy(t => t.CapabilityId)
            .ToList();

    /// <summary>Per local day, the sum over all capabilities.</summary>
    public static IReadOnlyList<(DateOnly Day, int Quantity)> PerDay(IEnumerable<DailyTotal> totals) =>
        totals.GroupBy(t => t.Day).Select(g => (g.Key, g.Sum(t => t.Quantity))).OrderBy(t => t.Key).ToList();
}
