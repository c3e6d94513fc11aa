namespace Concordia.Domain.Lodging;

/// <summary>
/// Places members needing a bed into accommodation sites, night by night within each site's capacity, keeping teams
/// together: a unit is placed whole in one site or not at all; other members are kept with their contingent and
/// commitment as far as beds allow. Units go first (largest first), since they are the hardest to fit.
/// </summary>
public static class LodgingAllocator
{
    public static LodgingAllocation Allocate(IReadOnlyList<AccommodationSite> sites, IReadOnlyList<LodgingAssignment> existing, IReadOnlyList<LodgingNeed> needs)
    {
        var state = new State(existing);
        var placed = new List<LodgingPlacement>();
        var unplaced = new List<Guid>();
        var open = needs.Where(n => !state.IsAssigned(n.MemberId)).ToList();

        foreach (var unit in open.Where(n => n.UnitId is not null).GroupBy(n => n.UnitId).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(n => n.Nights.First)))
        {
            var members = unit.ToList();
            var site = sites.Where(s => state.Fits(s, members))
                .OrderByDescending(s => state.Hosts(s.Id, members[0].Country, null))
                .ThenBy(s => state.LeastFreeAfter(s, members))
                .ThenBy(s => s.Code, StringComparer.Ordinal)
                .FirstOrDefault();
            if (site is null)
            {
                unplaced.AddRange(members.Select(m => m.MemberId));
                continue;
            }

            placed.AddRange(members.Select(m => state.Place(site, m)));
        }

        foreach (var group in open.Where(n => n.UnitId is null).GroupBy(n => (n.Country, n.CommitmentId))
                     .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Country, StringComparer.Ordinal))
        {
            foreach (var member in group.OrderBy(m => m.Nights.First).ThenBy(m => m.MemberId))
            {
                var site = sites.Where(s => state.Fits(s, [member]))
                    .OrderByDescending(s => state.Hosts(s.Id, member.Country, member.CommitmentId))
                    .ThenByDescending(s => state.Hosts(s.Id, member.Country, null))
                    .ThenByDescending(s => state.FreeBeds(s, member.Nights))
                    .ThenBy(s => s.Code, StringComparer.Ordinal)
                    .FirstOrDefault();
                if (site is null)
                {
                    unplaced.Add(member.MemberId);
                }
                else
                {
                    placed.Add(state.Place(site, member));
                }
            }
        }

        return new LodgingAllocation(placed, unplaced);
    }

    private sealed class State
    {
        private readonly Dictionary<(Guid Site, DateOnly Night), int> occupied = [];
        private readonly Dictionary<(Guid Site, string Country, Guid? Commitment), int> hosted = [];
        private readonly HashSet<Guid> assigned = [];

        public State(IReadOnlyList<LodgingAssignment> existing)
        {
            foreach (var assignment in existing)
            {
                assigned.Add(assignment.MemberId);
                foreach (var night in new NightRange(assignment.FirstNight, assignment.LastNight).Nights)
                {
                    occupied[(assignment.SiteId, night)] = occupied.GetValueOrDefault((assignment.SiteId, night)) + 1;
                }

                hosted[(assignment.SiteId, assignment.Country, null)] = hosted.GetValueOrDefault((assignment.SiteId, assignment.Country, null)) + 1;
            }
        }

        public bool IsAssigned(Guid member) => assigned.Contains(member);

        public int Free(AccommodationSite site, DateOnly night) => site.CapacityOn(night) - occupied.GetValueOrDefault((site.Id, night));

        public bool Fits(AccommodationSite site, IReadOnlyList<LodgingNeed> members) =>
            members.SelectMany(m => m.Nights.Nights).GroupBy(n => n).All(g => Free(site, g.Key) >= g.Count());

        public int FreeBeds(AccommodationSite site, NightRange nights) => nights.Nights.Min(n => Free(site, n));

        public int LeastFreeAfter(AccommodationSite site, IReadOnlyList<LodgingNeed> members) =>
            members.SelectMany(m => m.Nights.Nights).GroupBy(n => n).Min(g => Free(site, g.Key) - g.Count());

        public int Hosts(Guid site, string country, Guid? commitment) => hosted.GetValueOrDefault((site, country, commitment));

        public LodgingPlacement Place(AccommodationSite site, LodgingNeed member)
        {
            foreach (var night in member.Nights.Nights)
            {
                occupied[(site.Id, night)] = occupied.GetValueOrDefault((site.Id, night)) + 1;
            }

            hosted[(site.Id, member.Country, null)] = Hosts(site.Id, member.Country, null) + 1;
            if (member.CommitmentId is not null)
            {
                hosted[(site.Id, member.Country, member.CommitmentId)] = Hosts(site.Id, member.Country, member.CommitmentId) + 1;
            }

            assigned.Add(member.MemberId);
            return new LodgingPlacement(member.MemberId, site.Id, member.Nights);
        }
    }
}
