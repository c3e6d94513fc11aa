using Concordia.Planning.Engine;
using Concordia.Planning.Engine.Pricing;
using Concordia.Planning.Engine.Roster;
using Concordia.Planning.Model;

namespace Concordia.Planning.Solving;

/// <summary>
/// What the linear relaxation over whole schedules proves about a problem: no plan keeping every hard rule costs less
/// than <see cref="Bound"/>. <see cref="Unavailable"/> says why there is none (not a day roster, a hard cover rule, a
/// rule the schedule programme cannot state, or no schedule keeps an agent's hard rules).
/// </summary>
public sealed record BoundResult(long? Bound, double Relaxation, bool Converged, int Rounds, int Columns, TimeSpan Elapsed, string? Unavailable);

/// <summary>
/// A lower bound on a day roster's objective by column generation (the relaxation over each agent's schedules, priced
/// by dynamic programming, and by CP-SAT for agents the programme outgrows), valid at whatever point the time limit
/// stops it; next to a plan's objective it gives the gap no search can close.
/// </summary>
public static class LowerBound
{
    public static BoundResult Compute(PlanningProblem problem, TimeSpan limit, CancellationToken ct, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        var started = clock.GetTimestamp();
        var p = new CompiledProblem(problem);
        if (!RosterShape.Fits(p))
        {
            return new BoundResult(null, double.NaN, false, 0, 0, clock.GetElapsedTime(started), "not a day roster");
        }

        using var cg = ColumnGeneration.For(new RosterInstance(p), out var reason);
        if (cg is null)
        {
            return new BoundResult(null, double.NaN, false, 0, 0, clock.GetElapsedTime(started), reason);
        }

        // The programme's rounds while the bound rises; once it has not for a share of the limit (or they end), rounds
        // that price every agent exactly, by CP-SAT where the programme outgrows its labels, take the time left.
        var deadline = Deadline.After(clock, limit);
        if (!cg.Run(deadline, Tuning.BoundLabelLimit, ct, stallBy: () => Deadline.After(clock, limit * Tuning.BoundStallShare)))
        {
            return new BoundResult(null, double.NaN, false, cg.Rounds, cg.Columns, clock.GetElapsedTime(started), "an agent has no schedule that keeps its hard rules");
        }

        cg.Prove(deadline, Tuning.BoundLabelLimit, ct);

        // Objectives are whole numbers, so the bound rounds up (after a tolerance for sums of doubles).
        long? bound = double.IsNegativeInfinity(cg.Bound) ? null : (long)Math.Ceiling(cg.Bound - Tuning.CostTolerance);
        return new BoundResult(bound, cg.Relaxation, cg.Converged, cg.Rounds, cg.Columns, clock.GetElapsedTime(started), bound is null ? "no round finished in time" : null);
    }
}
