using Concordia.Domain.Capabilities;
using Concordia.Domain.Events;

namespace Concordia.Domain.Requirements;

/// <summary>
/// Totals of requirements in force. A window counts on the local day (event time zone) on which it starts, so a
/// night shift from 22:00 to 06:00 counts once, on the evening it begins: each window is one shift of duty.
/// People are units times the capability's persons per unit (a public-order unit of 70 counts 70 people).
/// </summary>
public static class RequirementTotals
{
    public static IReadOnlyList<DailyTotal> PerDayAndCapability(Event ev, IEnumerable<Requirement> inForce, IReadOnlyDictionary<Guid, Capability> capabilities) =>
        inForce
            .GroupBy(r => (Day: ev.LocalDay(r.Window.Start), r.CapabilityId))
            .Select(g =>
            {
                var capability = capabilities[g.Key.CapabilityId];
                var units = g.Sum(r => r.Quantity);
                return new DailyTotal(g.Key.Day, g.Key.CapabilityId, units, units * capability.Persons, units * capability.Dogs,
                    g.Sum(r => r.Quantity * capability.Persons * r.Window.Duration.TotalHours));
            })
            .OrderBy(t => t.Day).ThenBy(t => t.CapabilityId)
            .ToList();
}
