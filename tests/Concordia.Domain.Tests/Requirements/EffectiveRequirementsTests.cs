using Concordia.Domain.Requirements;

namespace Concordia.Domain.Tests.Requirements;

public sealed class EffectiveRequirementsTests
{
    [Fact]
    public void A_higher_level_row_replaces_the_lower_one_for_the_same_site_capability_and_window()
    {
        var ev = Build.Paris();
        var site = Build.Site(ev);
        var patrol = Build.Patrol(ev);
        var window = Build.Window(Build.Paris(7, 27, 6), Build.Paris(7, 27, 14));
        var calm = Build.Requirement(ev, site, patrol, window, 40, "vigilance");
        var raised = Build.Requirement(ev, site, patrol, window, 55, "urgence-attentat");

        Assert.Equal([calm], EffectiveRequirements.At([calm, raised], ev.AlertScale, "vigilance"));
        Assert.Equal([calm], EffectiveRequirements.At([calm, raised], ev.AlertScale, "securite-renforcee"));
        Assert.Equal([raised], EffectiveRequirements.At([calm, raised], ev.AlertScale, "urgence-attentat"));
    }

    [Fact]
    public void A_row_stated_only_at_a_high_level_applies_from_that_level_upwards()
    {
        var ev = Build.Paris();
        var site = Build.Site(ev);
        var window = Build.Window(Build.Paris(7, 27, 6), Build.Paris(7, 27, 14));
        var extra = Build.Requirement(ev, site, Build.Patrol(ev), window, 12, "securite-renforcee");

        Assert.Empty(EffectiveRequirements.At([extra], ev.AlertScale, "vigilance"));
        Assert.Equal([extra], EffectiveRequirements.At([extra], ev.AlertScale, "urgence-attentat"));
    }
}
