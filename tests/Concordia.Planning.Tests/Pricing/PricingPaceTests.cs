using Concordia.Planning.Engine;
using Concordia.Planning.Engine.Pricing;
using Concordia.Planning.Engine.Roster;

namespace Concordia.Planning.Tests.Pricing;

/// <summary>
/// Column generation told when its first round must end (the roster search's price-and-dive phase) gives up as soon as
/// its pace says the round would end later, and then claims no bound; given time enough, the limit changes nothing.
/// </summary>
public sealed class PricingPaceTests
{
    private static Deadline Later => Deadline.After(TimeProvider.System, TimeSpan.FromMinutes(1));

    [Fact]
    public void Pricing_whose_first_round_cannot_end_in_its_time_gives_up_after_one_agent_and_claims_no_bound()
    {
        foreach (var r in TinyRosters.Converging(5))
        {
            using var cg = ColumnGeneration.For(r, out var reason, AgentGraph.All(r, 1, out _)) ?? throw new InvalidOperationException(reason);

            Assert.True(cg.Run(Later, Tuning.BoundLabelLimit, CancellationToken.None, firstRoundBy: Deadline.After(TimeProvider.System, TimeSpan.Zero)));

            Assert.True(cg.TooSlow);
            Assert.False(cg.Converged);
            Assert.Equal(double.NegativeInfinity, cg.Bound);
        }
    }

    [Fact]
    public void Given_time_for_its_first_round_pricing_reaches_the_same_bound_as_without_the_limit()
    {
        foreach (var r in TinyRosters.Converging(5))
        {
            var graphs = AgentGraph.All(r, 1, out _)!;
            using var free = ColumnGeneration.For(r, out _, graphs)!;
            using var paced = ColumnGeneration.For(r, out _, graphs)!;

            Assert.True(free.Run(Later, Tuning.BoundLabelLimit, CancellationToken.None));
            Assert.True(paced.Run(Later, Tuning.BoundLabelLimit, CancellationToken.None, firstRoundBy: Later));

            Assert.False(paced.TooSlow);
            Assert.True(paced.Converged);
            Assert.Equal(free.Bound, paced.Bound, 6);
        }
    }
}
