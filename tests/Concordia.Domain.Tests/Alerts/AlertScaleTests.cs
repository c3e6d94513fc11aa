using Concordia.Domain.Alerts;

namespace Concordia.Domain.Tests.Alerts;

public sealed class AlertScaleTests
{
    [Fact]
    public void Levels_must_rise_in_rank_and_have_distinct_codes()
    {
        var result = AlertScale.Create("s", "Scale", [new AlertLevel("a", "A", 2), new AlertLevel("a", "B", 1)]);

        Assert.Contains(result.Errors, e => e.Field == "levels[1].rank");
        Assert.Contains(result.Errors, e => e.Field == "levels[1].code");
    }

    [Fact]
    public void A_scale_has_at_least_one_level()
    {
        Assert.Equal("levels", Assert.Single(AlertScale.Create("s", "Scale", []).Errors).Field);
    }
}
