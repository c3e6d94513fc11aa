using Concordia.Planning.Engine;
using Concordia.Planning.Engine.Pricing;
using Concordia.Planning.Engine.Roster;
using FsCheck;
using FsCheck.Fluent;

namespace Concordia.Planning.Tests.Pricing;

/// <summary>
/// The two fast ways the lower bound prices an agent the exact programme cannot, against the exact programme on random
/// small rosters with random prices per duty (as duals would put them): the relaxation's bound is never above the
/// cheapest schedule keeping the agent's rules, whatever the multipliers it has learnt; the programme with a beam finds
/// none where none exists and a schedule in most cases where one does (a narrow beam can drop every label that reaches
/// a minimum), and what it finds keeps every hard rule and costs no less than the cheapest; so does the relaxation's own
/// schedule whenever it says it keeps the limits, and the beam ranked by the relaxation's prices.
/// </summary>
public sealed class ScheduleRelaxationProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(150);

    [Fact]
    public void The_relaxation_never_bounds_above_the_cheapest_schedule_and_a_beam_finds_a_schedule_keeping_the_rules()
    {
        var (bounded, found) = (0, 0);
        Check.One(Runs, Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed => Holds(seed, () => bounded++, () => found++)));

        // The relaxation must have been put to the test, not skipped on agents without a schedule; the beam must be of use.
        Assert.True(bounded > 100, $"only {bounded} agents bounded");
        Assert.True(found * 10 >= bounded * 8, $"the beam found a schedule for {found} of {bounded}");
    }

    private static bool Holds(int seed, Action bounded, Action found)
    {
        var rng = new Random(seed);
        var p = new CompiledProblem(TinyRosters.Problem(rng, switches: false));
        var r = new RosterInstance(p);
        var state = new RosterState(r);
        for (var a = 0; a < r.Agents; a++)
        {
            var g = AgentGraph.For(r, a, out var reason) ?? throw new InvalidOperationException($"seed {seed}: not stated ({reason})");
            var relaxation = new ScheduleRelaxation(g);

            // A few price vectors in a row, as rounds would bring them: the multipliers carry over from one to the next.
            for (var round = 0; round < 4; round++)
            {
                var prices = g.Options.Select(o => o.Select(_ => rng.Next(-60, 15) + rng.NextDouble()).ToArray()).ToArray();
                var exact = ScheduleDp.Solve(g, prices, double.PositiveInfinity, int.MaxValue, out var proven);
                Assert.True(proven);
                var beamed = ScheduleDp.Solve(g, prices, double.PositiveInfinity, int.MaxValue, out _, beam: 1 + rng.Next(3));
                var bound = relaxation.Bound(prices, 1 + rng.Next(6));
                if (exact is null)
                {
                    Assert.Null(beamed);
                    continue;
                }

                bounded();
                Assert.True(bound <= exact.Cost + 1e-6, $"seed {seed}, agent {a}: relaxation {bound} above the cheapest {exact.Cost}");
                if (relaxation.Schedule is { } relaxed)
                {
                    // The relaxation's own schedule, when it says it keeps the limits, is one the rules accept.
                    Assert.True(BestResponse.CostOf(g, prices, relaxed) >= exact.Cost - 1e-6);
                    Keeps(state, a, relaxed, $"seed {seed}, agent {a}: the relaxation's schedule breaks a rule");
                }

                // The beam ranked by the relaxation's prices is held to the same standard as the plain one.
                if (ScheduleDp.Solve(g, prices, double.PositiveInfinity, int.MaxValue, out _, beam: 1 + rng.Next(3), rank: relaxation.Weights) is { } ranked)
                {
                    Assert.True(ranked.Cost >= exact.Cost - 1e-6);
                    Assert.Equal(ranked.Cost, BestResponse.CostOf(g, prices, ranked.Choice), 6);
                    Keeps(state, a, ranked.Choice, $"seed {seed}, agent {a}: the ranked beam's schedule breaks a rule");
                }

                if (beamed is null)
                {
                    continue;
                }

                found();
                Assert.True(beamed.Cost >= exact.Cost - 1e-6, $"seed {seed}, agent {a}: beam {beamed.Cost} below the cheapest {exact.Cost}");
                Assert.Equal(beamed.Cost, BestResponse.CostOf(g, prices, beamed.Choice), 6);

                Keeps(state, a, beamed.Choice, $"seed {seed}, agent {a}: the beam's schedule breaks a rule");
            }
        }

        return true;
    }

    private static void Keeps(RosterState state, int agent, int[] choice, string message)
    {
        var saved = (int[])state.Choice[agent].Clone();
        BestResponse.Apply(state, agent, choice);
        Assert.True(state.Feasible(agent), message);
        BestResponse.Apply(state, agent, saved);
    }
}
