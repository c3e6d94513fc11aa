using Concordia.Domain.Requirements;

namespace Concordia.Domain.Tests.Requirements;

public sealed class RequirementTests
{
    [Fact]
    public void A_window_starting_before_the_event_is_refused_on_start()
    {
        var ev = Build.Paris();
        var window = Build.Window(Build.Paris(7, 25, 20), Build.Paris(7, 26, 4));

        var result = Requirement.Create(ev, Build.Site(ev), Build.Patrol(ev), new RequirementDetails(window, 10, "vigilance", 1));

        Assert.Equal("start", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void A_window_ending_after_the_event_is_refused_on_end()
    {
        var ev = Build.Paris();
        var window = Build.Window(Build.Paris(8, 11, 22), Build.Paris(8, 12, 6));

        var result = Requirement.Create(ev, Build.Site(ev), Build.Patrol(ev), new RequirementDetails(window, 10, "vigilance", 1));

        Assert.Equal("end", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void The_last_night_of_the_event_may_end_at_midnight()
    {
        var ev = Build.Paris();
        var window = Build.Window(Build.Paris(8, 11, 16), Build.Paris(8, 12, 0));

        Assert.True(Requirement.Create(ev, Build.Site(ev), Build.Patrol(ev), new RequirementDetails(window, 10, "vigilance", 1)).IsSuccess);
    }

    [Theory]
    [InlineData(0, 1, "vigilance", "quantity")]
    [InlineData(-3, 1, "vigilance", "quantity")]
    [InlineData(5, 0, "vigilance", "priority")]
    [InlineData(5, 6, "vigilance", "priority")]
    [InlineData(5, 1, "red", "alertLevel")]
    public void Refuses_bad_quantity_priority_and_level(int quantity, int priority, string level, string field)
    {
        var ev = Build.Paris();
        var window = Build.Window(Build.Paris(7, 27, 6), Build.Paris(7, 27, 14));

        var result = Requirement.Create(ev, Build.Site(ev), Build.Patrol(ev), new RequirementDetails(window, quantity, level, priority));

        Assert.Equal(field, Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void A_site_of_another_event_is_refused()
    {
        var ev = Build.Paris();
        var elsewhere = Build.Site(Build.Paris());
        var window = Build.Window(Build.Paris(7, 27, 6), Build.Paris(7, 27, 14));

        var result = Requirement.Create(ev, elsewhere, Build.Patrol(ev), new RequirementDetails(window, 1, "vigilance", 1));

        Assert.Equal("site", Assert.Single(result.Errors).Field);
    }
}
