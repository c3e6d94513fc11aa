using Concordia.Planning.Engine;
using Concordia.Planning.Tests.Encodings;
using FsCheck;
using FsCheck.Fluent;

namespace Concordia.Planning.Tests.Search;

/// <summary>
/// On event plans the search threads share what they found in a round: the best plan takes another thread's changed
/// schedules where they lower its score, and nothing else.
/// </summary>
public sealed class SharedGainsTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(200);

    [Fact]
    public void Two_threads_that_filled_different_gaps_give_a_plan_with_both_filled()
    {
        var tried = 0;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(50), Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var rng = new Random(seed);
            var (p, start) = Paths.Loaded(TinyProblems.Problem(rng, dayRoster: false), []);

            // Two agents' first duties that each lower the empty plan's score, on different windows.
            var gains = Enumerable.Range(0, p.AgentCount)
                .SelectMany(a => Enumerable.Range(0, p.DemandCount).Select(d => (Agent: a, Demand: d)))
                .Where(x => start.DeltaAdd(x.Agent, x.Demand).Soft < 0 && start.DeltaAdd(x.Agent, x.Demand).Hard <= 0)
                .ToArray();
            var pair = gains.SelectMany(x => gains.Select(y => (X: x, Y: y)))
                .FirstOrDefault(g => g.X.Agent < g.Y.Agent && p.DemWindow[g.X.Demand] != p.DemWindow[g.Y.Demand] &&
                                     p.DemCell[g.X.Demand] != p.DemCell[g.Y.Demand]);
            if (pair == default)
            {
                return true;
            }

            var best = Paths.Loaded(p, []);
            var found = Paths.Loaded(p, []);
            best.Add(pair.X.Agent, pair.X.Demand);
            found.Add(pair.Y.Agent, pair.Y.Demand);
            var expected = Paths.Loaded(p, best.ToAssignments().Concat(found.ToAssignments()));

            SharedGains.Offer(start, found, best);

            Assert.Equal(expected.Total, best.Total);
            Assert.Contains(pair.Y.Demand, best.Duties(pair.Y.Agent));
            tried++;
            return true;
        }));
        Assert.True(tried >= 10, $"only {tried} of 50 random plans had two such gaps");
    }

    [Fact]
    public void Sharing_never_makes_the_best_plan_worse_and_its_kept_score_is_the_rules_score()
    {
        Check.One(Runs, Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var rng = new Random(seed);
            var problem = TinyProblems.Problem(rng, dayRoster: false);
            var (p, start) = Paths.Loaded(problem, TinyProblems.Plan(rng, problem));
            var found = Paths.Loaded(p, TinyProblems.Plan(rng, problem));
            var best = Paths.Loaded(p, TinyProblems.Plan(rng, problem));
            var before = best.Total;

            SharedGains.Offer(start, found, best);

            Assert.True(best.Total <= before, $"seed {seed}: {before} became {best.Total}");
            Assert.Equal(Paths.Loaded(p, best.ToAssignments()).Total, best.Total);
            return true;
        }));
    }
}
