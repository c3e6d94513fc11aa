using Concordia.Planning.Engine;
using Concordia.Planning.Engine.Pricing;
using Concordia.Planning.Engine.Roster;
using Concordia.Planning.Model;

namespace Concordia.Planning.Tests.Pricing;

/// <summary>
/// A member's graph counts duties of a kind only where the kind's maximum can be reached: a member works one duty a
/// day, so it is the days offering the kind that count, however many sites offer it each day.
/// </summary>
public sealed class AgentGraphTests
{
    [Theory]
    [InlineData(3, new int[0])]
    [InlineData(2, new[] { 2 })]
    public void A_kind_offered_at_two_sites_a_day_is_limited_only_when_its_maximum_is_below_the_days(int maxEarly, int[] counted)
    {
        var scenario = new Scenario().Days(3).Site("B")
            .Limits(new WorkLimits { MaxShiftsPerKind = new Dictionary<string, int> { ["early"] = maxEarly } })
            .Officer("o1");
        for (var day = 0; day < 3; day++)
        {
            scenario.Shift($"d{day}", day, 6, 8).Need($"d{day}", 1).Need($"d{day}", 1, site: "B");
        }

        var r = new RosterInstance(new CompiledProblem(scenario.Build()));
        var graph = AgentGraph.For(r, 0, out var unsupported) ?? throw new InvalidOperationException(unsupported);

        Assert.All(graph.Options, day => Assert.Equal(2, day.Length));
        Assert.Equal(counted, graph.KindMax);
    }
}
