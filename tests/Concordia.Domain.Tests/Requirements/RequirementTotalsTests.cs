using Concordia.Domain.Requirements;

namespace Concordia.Domain.Tests.Requirements;

public sealed class RequirementTotalsTests
{
    [Fact]
    public void A_night_shift_counts_once_on_the_local_day_it_starts_and_people_are_units_times_unit_size()
    {
        var ev = Build.Paris();
        var site = Build.Site(ev);
        var patrol = Build.Patrol(ev);
        var crs = Build.PublicOrder(ev);
        var night = Build.Requirement(ev, site, patrol, Build.Window(Build.Paris(7, 27, 22), Build.Paris(7, 28, 6)), 30);
        var day = Build.Requirement(ev, site, patrol, Build.Window(Build.Paris(7, 28, 6), Build.Paris(7, 28, 14)), 20);
        var units = Build.Requirement(ev, site, crs, Build.Window(Build.Paris(7, 28, 6), Build.Paris(7, 28, 14)), 2);

        var totals = RequirementTotals.PerDayAndCapability(ev, [night, day, units], new Dictionary<Guid, Domain.Capabilities.Capability> { [patrol.Id] = patrol, [crs.Id] = crs });

        var july27 = Assert.Single(totals, t => t.Day == new DateOnly(2024, 7, 27));
        Assert.Equal((30, 30, 240.0), (july27.Units, july27.Persons, july27.PersonHours));
        var july28 = totals.Where(t => t.Day == new DateOnly(2024, 7, 28)).ToDictionary(t => t.CapabilityId);
        Assert.Equal(20, july28[patrol.Id].Persons);
        Assert.Equal((2, 140), (july28[crs.Id].Units, july28[crs.Id].Persons));
    }
}
