using Concordia.Domain.Lodging;

namespace Concordia.Domain.Tests.Lodging;

public sealed class LodgingAllocatorTests
{
    private static readonly DateOnly First = new(2024, 7, 25);
    private static readonly NightRange Week = new(First, First.AddDays(6));

    [Fact]
    public void A_unit_is_placed_whole_in_a_site_with_room_for_all_of_it_even_if_another_site_is_emptier()
    {
        var sites = new[] { Site("A", 10), Site("B", 3) };
        var unit = Guid.NewGuid();
        var needs = Enumerable.Range(0, 3).Select(_ => new LodgingNeed(Guid.NewGuid(), "PL", unit, null, Week))
            .Append(new LodgingNeed(Guid.NewGuid(), "PL", null, null, Week)).ToList();

        var allocation = LodgingAllocator.Allocate(sites, [], needs);

        Assert.Empty(allocation.Unplaced);
        Assert.Single(allocation.Placed.Where(p => needs.Any(n => n.MemberId == p.MemberId && n.UnitId == unit)).Select(p => p.SiteId).Distinct());
    }

    [Fact]
    public void A_unit_no_site_can_hold_is_left_out_whole_rather_than_split()
    {
        var sites = new[] { Site("A", 2), Site("B", 2) };
        var unit = Guid.NewGuid();
        var needs = Enumerable.Range(0, 3).Select(_ => new LodgingNeed(Guid.NewGuid(), "PL", unit, null, Week)).ToList();

        var allocation = LodgingAllocator.Allocate(sites, [], needs);

        Assert.Empty(allocation.Placed);
        Assert.Equal(3, allocation.Unplaced.Count);
    }

    [Fact]
    public void Beds_are_counted_night_by_night_so_people_on_different_nights_share_a_bed()
    {
        var sites = new[] { Site("A", 1) };
        var early = new LodgingNeed(Guid.NewGuid(), "ES", null, null, new NightRange(First, First.AddDays(2)));
        var late = new LodgingNeed(Guid.NewGuid(), "ES", null, null, new NightRange(First.AddDays(3), First.AddDays(6)));
        var overlapping = new LodgingNeed(Guid.NewGuid(), "ES", null, null, new NightRange(First.AddDays(2), First.AddDays(3)));

        var allocation = LodgingAllocator.Allocate(sites, [], [early, late, overlapping]);

        Assert.Equal(new[] { early.MemberId, late.MemberId }.Order(), allocation.Placed.Select(p => p.MemberId).Order());
        Assert.Equal([overlapping.MemberId], allocation.Unplaced);
    }

    [Fact]
    public void A_contingent_stays_where_it_already_is_and_occupancy_flags_a_night_over_capacity()
    {
        var sites = new[] { Site("A", 5), Site("B", 5) };
        var existing = new LodgingNeed(Guid.NewGuid(), "DE", null, null, Week);
        var lodged = LodgingAssignment.Of(Guid.Empty, "DE", existing.MemberId, sites[1].Id, Week, "test", DateTime.UtcNow);
        var newcomer = new LodgingNeed(Guid.NewGuid(), "DE", null, null, Week);

        var allocation = LodgingAllocator.Allocate(sites, [lodged], [existing, newcomer]);
        sites[1].Update(sites[1].Details with { Exceptions = [new NightCapacity(First.AddDays(1), 1)] });
        var assignments = new[] { lodged, LodgingAssignment.Of(Guid.Empty, "DE", newcomer.MemberId, allocation.Placed.Single().SiteId, Week, "test", DateTime.UtcNow) };
        var occupancy = LodgingOccupancy.Compute(Week, sites, assignments, [existing, newcomer]);

        Assert.Equal(sites[1].Id, allocation.Placed.Single().SiteId);
        Assert.Equal([First.AddDays(1)], occupancy.Sites.Where(o => o.OverCapacity).Select(o => o.Night));
        Assert.All(occupancy.Unassigned.Values, v => Assert.Equal(0, v));
    }

    private static AccommodationSite Site(string code, int beds) =>
        AccommodationSite.Create(Build.Paris(), new AccommodationSiteDetails(code, "Site " + code, null, beds, First, First.AddDays(10))).Value;
}
