using Concordia.Planning.Engine;
using Concordia.Planning.Engine.Roster;
using Concordia.Planning.Model;
using Concordia.Planning.Solving;
using FsCheck;
using FsCheck.Fluent;
using Google.OrTools.Sat;

namespace Concordia.Planning.Tests.Pricing;

/// <summary>
/// The column-generation bound against the proven optimum of the whole roster (CP-SAT over every agent and day) on
/// random small rosters: the bound never exceeds the optimum, whether the relaxation was solved to the end or stopped
/// after its first round, and a bound exists exactly when a plan keeping every hard rule does. When CP-SAT cannot
/// prove the optimum in its time (a slow machine), the best plan it found stands in: the bound must not exceed that
/// either, since the optimum lies between the two.
/// </summary>
public sealed class LowerBoundProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(60);

    [Fact]
    public void The_bound_never_exceeds_the_optimum_of_a_curtois_shaped_roster() =>
        Check.One(Runs, Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed => BelowOptimum(TinyRosters.Problem(new Random(seed), switches: false), seed, mustState: true)));

    [Fact]
    public void The_bound_never_exceeds_the_optimum_of_a_tiny_event_roster() =>
        Check.One(Runs, Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed => BelowOptimum(Encodings.TinyProblems.Problem(new Random(seed), dayRoster: true), seed)));

    [Fact]
    public void A_bound_stopped_early_is_still_below_the_optimum()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        Check.One(Runs, Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var problem = TinyRosters.Problem(new Random(seed), switches: false);

            // A clock that never moves with a zero limit: the first round runs, then time is up.
            var bound = LowerBound.Compute(problem, TimeSpan.Zero, CancellationToken.None, clock);
            if (bound.Bound is { } b && Optimum(problem) is { } optimum)
            {
                Assert.True(b <= optimum, $"seed {seed}: bound {b} after {bound.Rounds} rounds above the optimum {optimum}");
            }

            return true;
        }));
    }

    private static bool BelowOptimum(PlanningProblem problem, int seed, bool mustState = false)
    {
        var bound = LowerBound.Compute(problem, TimeSpan.FromSeconds(30), CancellationToken.None);
        var optimum = Optimum(problem);
        if (optimum is null)
        {
            // No plan keeps every hard rule: whatever the relaxation says, no plan's cost is claimed.
            return true;
        }

        Assert.True(bound.Unavailable != "an agent has no schedule that keeps its hard rules", $"seed {seed}: a plan exists ({optimum}) but the bound says none");
        if (bound.Bound is null)
        {
            Assert.False(mustState, $"seed {seed}: no bound ({bound.Unavailable}) although the optimum is {optimum}");
            return true;
        }

        Assert.True(bound.Converged, $"seed {seed}: not converged in {bound.Rounds} rounds");
        Assert.True(bound.Bound <= optimum, $"seed {seed}: bound {bound.Bound} above the optimum {optimum}");
        return true;
    }

    /// <summary>
    /// The optimum of the roster's objective over plans keeping every hard rule (or, when not proven in time, the cost
    /// of the best such plan found, which is at least the optimum), or null when there is none or none was found.
    /// </summary>
    private static long? Optimum(PlanningProblem problem)
    {
        var p = new CompiledProblem(problem);
        if (!RosterShape.Fits(p))
        {
            return null;
        }

        var r = new RosterInstance(p);
        var state = new RosterState(r);
        var model = new RosterModel(r, state, [.. Enumerable.Range(0, r.Agents)], 0, r.Days - 1);
        var solver = new CpSolver { StringParameters = "num_workers:1 max_time_in_seconds:20" };
        var status = solver.Solve(model.Model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible) || model.ConstantScore.Hard > 0)
        {
            return null;
        }

        model.Apply(solver);
        return state.Score.Hard == 0 ? state.Score.Soft : null;
    }
}
