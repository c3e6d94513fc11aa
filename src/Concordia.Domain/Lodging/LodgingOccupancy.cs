namespace Concordia.Domain.Lodging;

/// <summary>
/// Night by night: beds taken at each site (over capacity flagged), and members who need a bed that night but have
/// none (unassigned), over the nights from <see cref="Nights"/>.
/// </summary>
public sealed record LodgingOccupancy(NightRange Nights, IReadOnlyList<NightOccupancy> Sites, IReadOnlyDictionary<DateOnly, int> Unassigned)
{
    public static LodgingOccupancy Compute(NightRange nights, IReadOnlyList<AccommodationSite> sites, IReadOnlyList<LodgingAssignment> assignments,
        IReadOnlyList<LodgingNeed> needs)
    {
        var taken = new Dictionary<(Guid, DateOnly), int>();
        foreach (var assignment in assignments)
        {
            foreach (var night in new NightRange(assignment.FirstNight, assignment.LastNight).Nights.Where(nights.Contains))
            {
                taken[(assignment.SiteId, night)] = taken.GetValueOrDefault((assignment.SiteId, night)) + 1;
            }
        }

        var rows = sites.SelectMany(s => nights.Nights.Select(n => new NightOccupancy(s.Id, n, taken.GetValueOrDefault((s.Id, n)), s.CapacityOn(n)))).ToList();
        var lodged = assignments.Select(a => a.MemberId).ToHashSet();
        var unassigned = nights.Nights.ToDictionary(n => n, n => needs.Count(need => !lodged.Contains(need.MemberId) && need.Nights.Contains(n)));
        return new LodgingOccupancy(nights, rows, unassigned);
    }
}
