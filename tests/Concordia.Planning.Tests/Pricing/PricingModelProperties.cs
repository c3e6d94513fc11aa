using Concordia.Planning.Engine;
using Concordia.Planning.Engine.Pricing;
using Concordia.Planning.Engine.Roster;
using FsCheck;
using FsCheck.Fluent;

namespace Concordia.Planning.Tests.Pricing;

/// <summary>
/// One agent priced by CP-SAT (<see cref="PricingModel"/>) against the exact programme on random small rosters and
/// random duals: CP-SAT's bound never exceeds the programme's cheapest schedule; a schedule CP-SAT proves cheapest costs
/// what the programme's does, up to the rounding of the prices, and keeps the agent's hard rules; and the lower bound's
/// rounds that price every agent exactly, by CP-SAT or after the programme's rounds stalled, reach the relaxation's
/// optimum.
/// </summary>
public sealed class PricingModelProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(40);

    private static Deadline Later => Deadline.After(TimeProvider.System, TimeSpan.FromMinutes(1));

    [Fact]
    public void Pricing_by_CP_SAT_bounds_and_finds_the_programme_s_cheapest_schedule() =>
        Check.One(Runs, Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var rng = new Random(seed);
            var r = new RosterInstance(new CompiledProblem(TinyRosters.Problem(rng)));
            if (AgentGraph.All(r, 1, out _) is not { } graphs)
            {
                return true;
            }

            // Duals as a master gives them: mostly what a unit of cover is worth, some below zero (over-cover).
            var duals = Enumerable.Range(0, r.P.DemandCount).Select(_ => Math.Round((rng.NextDouble() * 300) - 60, 3)).ToArray();
            for (var a = 0; a < r.Agents; a++)
            {
                var g = graphs[a];
                var prices = g.Options.Select(o => o.Select(d => -duals[d]).ToArray()).ToArray();
                var best = ScheduleDp.Solve(g, prices, double.PositiveInfinity, int.MaxValue, out var exact, Later);
                Assert.True(exact, $"seed {seed}: the programme did not finish agent {a}");
                var (bound, schedule, proven) = new PricingModel(r, a, duals, hint: null).Solve(g, duals, 20, CancellationToken.None);
                if (best is null)
                {
                    Assert.Null(schedule);
                    continue;
                }

                Assert.True(bound is { } b && b <= best.Cost + 1e-6, $"seed {seed}, agent {a}: CP-SAT's bound {bound} above the cheapest schedule {best.Cost}");
                Assert.True(proven, $"seed {seed}, agent {a}: CP-SAT did not prove its schedule in 20 s");
                var worked = schedule!.Where(d => d >= 0).ToArray();
                var cost = g.CostOf(schedule!) - worked.Sum(d => duals[d]);
                Assert.InRange(cost, best.Cost - 1e-6, best.Cost + ((double)r.Days / 1000) + 1e-6);

                var plan = new Solution(r.P);
                plan.SetDuties(a, worked);
                Assert.Equal(0, plan.AgentScore(a).Hard);
            }

            return true;
        }));

    [Fact]
    public void Rounds_that_price_every_agent_by_CP_SAT_reach_the_relaxation_s_optimum()
    {
        foreach (var r in TinyRosters.Converging(5))
        {
            var graphs = AgentGraph.All(r, 1, out _)!;
            using var free = ColumnGeneration.For(r, out _, graphs)!;
            Assert.True(free.Run(Later, Tuning.BoundLabelLimit, CancellationToken.None) && free.Converged);

            // No round of the programme at all, then a label limit of one: every agent is priced by CP-SAT.
            using var proved = ColumnGeneration.For(r, out _, graphs)!;
            proved.Run(Deadline.After(TimeProvider.System, TimeSpan.Zero), Tuning.BoundLabelLimit, CancellationToken.None);
            Assert.Equal(0, proved.Rounds);
            proved.Prove(Later, labelLimit: 1, CancellationToken.None);

            Assert.True(proved.Converged, $"not converged in {proved.Rounds} rounds");
            Assert.InRange(proved.Bound, free.Bound - (r.Agents * (double)r.Days / 1000) - 1e-3, free.Bound + 1e-3);

            // Rounds of the programme that stop as soon as the bound does not rise, then exact rounds: the same optimum.
            using var handed = ColumnGeneration.For(r, out _, graphs)!;
            handed.Run(Later, Tuning.BoundLabelLimit, CancellationToken.None, stallBy: () => Deadline.After(TimeProvider.System, TimeSpan.Zero));
            handed.Prove(Later, Tuning.BoundLabelLimit, CancellationToken.None);
            Assert.True(handed.Converged, $"not converged in {handed.Rounds} rounds");
            Assert.InRange(handed.Bound, free.Bound - (r.Agents * (double)r.Days / 1000) - 1e-3, free.Bound + 1e-3);
        }
    }
}
