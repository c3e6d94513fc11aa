using Concordia.Planning.Solving;
using Microsoft.Extensions.Logging;

namespace Concordia.Planning.Engine.Roster;

/// <summary>
/// The engine's path for day rosters (see <see cref="RosterShape"/>). Construction is feasible by design: each
/// agent that breaks a rule gets its whole horizon from an exact single-agent model, in agent order, against the
/// cover the others leave. Then every thread runs large-neighbourhood search on its own copy in rounds of fixed
/// work; after each round the best roster (ties to the lowest thread) is copied to all, so a run bounded by
/// iterations is identical for the same seed and thread count.
/// </summary>
internal sealed class RosterSearch(CompiledProblem p, SolveOptions options, ILogger log, Action<Solution, SearchPhase, long> improved)
{
    private int repairs;

    public long Iterations { get; private set; }

    public void Run(Solution start, Deadline deadline, CancellationToken ct)
    {
        var r = new RosterInstance(p);
        var state = new RosterState(r);
        state.Load(start);
        Construct(r, state, deadline, ct);
        Publish(state, SearchPhase.Construction);
        if (options.ConstructionOnly)
        {
            return;
        }

        var workers = Enumerable.Range(0, Math.Max(1, options.Threads))
            .Select(i => new RosterWorker(r, state, unchecked((options.Seed * 7919) + i), Tuning.RosterNeighbourhoodBudget, log))
            .ToArray();
        var best = state.Score;
        while (!ct.IsCancellationRequested && !deadline.Passed && (options.MaxIterations is not { } max || Iterations < max))
        {
            var round = workers.Select(w => Task.Run(() => Guard(() => w.RunRound(Tuning.StepsPerRound, deadline, ct)), CancellationToken.None)).ToArray();
            Task.WaitAll(round, CancellationToken.None);
            Iterations = workers.Sum(w => w.Iterations);
            var leader = workers.OrderBy(w => w.State.Score).First();
            if (leader.State.InfeasibleCount > 0)
            {
                RepairRemaining(r, leader.State, deadline, ct);
            }

            foreach (var w in workers.Where(w => w != leader))
            {
                w.State.CopyFrom(leader.State);
            }

            if (leader.State.Score < best)
            {
                best = leader.State.Score;
                Publish(leader.State, SearchPhase.Search);
            }
        }
    }

    private void Construct(RosterInstance r, RosterState state, Deadline deadline, CancellationToken ct)
    {
        // Contract patterns first: day by day they respect runs, days off, weekends and minutes, and take the most
        // short shift; they make most tight contracts feasible at once, where CP-SAT can need seconds an agent.
        if (state.InfeasibleCount > 0)
        {
            var plan = state.ToSolution();
            for (var a = 0; a < r.Agents && !ct.IsCancellationRequested && !deadline.Passed; a++)
            {
                if (plan.AgentScore(a).Hard > 0)
                {
                    PatternRepair.TryRepair(p, plan, a);
                }
            }

            state.Load(plan);
        }

        Log.RosterStep(log, "patterns", state.InfeasibleCount, state.Score);

        // Agents still breaking a rule are repaired around their faults; then, when single-agent models are small,
        // every agent gets an exact best response to what the others leave uncovered.
        for (var a = 0; a < r.Agents && !ct.IsCancellationRequested && !deadline.Passed; a++)
        {
            if (!state.Feasible(a))
            {
                RosterRepair.Run(r, state, a, options.Seed + a, Tuning.RosterMemberBudget, deadline, ct);
                Iterations++;
            }
        }

        var sweep = r.Options.Average(a => a.Sum(d => d.Length)) <= Tuning.RosterSweepLimit;
        for (var a = 0; sweep && a < r.Agents && !ct.IsCancellationRequested && !deadline.Passed; a++)
        {
            var before = state.Score;
            var saved = (int[])state.Choice[a].Clone();
            var model = new RosterModel(r, state, [a], 0, r.Days - 1);
            if (RosterSolver.Solve(model, options.Seed + a, Tuning.RosterMemberBudget, deadline, ct, out _) is { } solver)
            {
                model.Apply(solver);
                if (state.Score > before)
                {
                    for (var day = 0; day < r.Days; day++)
                    {
                        state.Set(a, day, saved[day]);
                    }
                }
            }

            Iterations++;
        }

        Log.RosterStep(log, "construction", state.InfeasibleCount, state.Score);
    }

    /// <summary>
    /// Agents the construction left breaking a rule get another repair after each round, with a budget that doubles
    /// each time (up to 16 times the construction's): a feasible roster comes before a cheaper one. Runs on one thread
    /// between rounds, so the search stays deterministic.
    /// </summary>
    private void RepairRemaining(RosterInstance r, RosterState state, Deadline deadline, CancellationToken ct)
    {
        repairs++;
        var budget = Tuning.RosterMemberBudget * (1 << Math.Min(Tuning.RosterRepairDoublings, repairs));
        for (var a = 0; a < r.Agents && !ct.IsCancellationRequested && !deadline.Passed; a++)
        {
            if (!state.Feasible(a))
            {
                Guard(() => RosterRepair.Run(r, state, a, options.Seed + a + repairs, budget, deadline, ct));
            }
        }

        Log.RosterStep(log, $"repair {repairs} (budget {budget})", state.InfeasibleCount, state.Score);
    }


    private void Publish(RosterState state, SearchPhase phase)
    {
        var solution = state.ToSolution();
        improved(solution, phase, Iterations);
    }

    private static void Guard(Action work)
    {
        try
        {
            work();
        }
        catch (OperationCanceledException)
        {
            // The limit came; the best roster so far stands.
        }
    }
}
