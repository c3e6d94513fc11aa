using Concordia.Domain.Sites;

namespace Concordia.Domain.Tests.Sites;

public sealed class SiteTests
{
    [Fact]
    public void A_sector_belongs_to_a_site_of_the_same_event()
    {
        var paris = Build.Paris();
        var other = Build.Paris();
        var route = Build.Site(other, "SEINE");

        var sector = Site.Create(paris, new SiteDetails("SEINE-01", "Pont d'Austerlitz", SiteKind.CeremonySector, Build.Point()), route);

        Assert.Equal("parent", Assert.Single(sector.Errors).Field);
    }

    [Fact]
    public void Sectors_are_one_level_deep()
    {
        var paris = Build.Paris();
        var route = Build.Site(paris, "SEINE");
        var sector = Build.Site(paris, "SEINE-01", route, SiteKind.CeremonySector);

        var subSector = Site.Create(paris, new SiteDetails("SEINE-01-A", "Quai", SiteKind.CeremonySector, Build.Point()), sector);

        Assert.Contains(subSector.Errors, e => e.Field == "parent");
    }

    [Fact]
    public void An_outline_needs_at_least_three_points()
    {
        var result = Site.Create(Build.Paris(), new SiteDetails("X", "X", SiteKind.Venue, Build.Point(), AreaPoints: [Build.Point(), Build.Point(48.86)]), null);

        Assert.Equal("area", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void The_code_of_a_site_cannot_change()
    {
        var paris = Build.Paris();
        var site = Build.Site(paris, "STA");

        var result = site.Update(paris, new SiteDetails("STA2", "Stade", SiteKind.Venue, Build.Point()), null);

        Assert.Equal("code", Assert.Single(result.Errors).Field);
        Assert.Equal("STA", site.Code);
        Assert.Equal(0, site.Version);
    }
}
