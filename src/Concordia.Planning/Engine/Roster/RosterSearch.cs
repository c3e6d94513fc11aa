using Concordia.Planning.Engine.Pricing;
using Concordia.Planning.Solving;
using Google.OrTools.Sat;
using Microsoft.Extensions.Logging;

namespace Concordia.Planning.Engine.Roster;

/// <summary>
/// The engine's path for day rosters (see <see cref="RosterShape"/>). Construction is feasible by design: each
/// agent that breaks a rule gets its whole horizon from an exact single-agent model, in agent order, against the
/// cover the others leave. Where every agent has a schedule programme, the construction's roster keeps every rule and
/// the run is bounded by the clock, column generation and a dive from it run beside the first thread (<see cref="Pool"/>).
/// Then every thread runs large-neighbourhood search on its own copy in rounds of fixed
/// work; after each round the best roster (ties to the lowest thread) takes the other threads' improving moves that
/// still improve it, in thread order, and is copied to all, so a run bounded by iterations is identical for the same
/// seed and thread count.
/// </summary>
internal sealed class RosterSearch(CompiledProblem p, SolveOptions options, ILogger log, Action<Solution, SearchPhase, long> improved)
{
    private int repairs;

    public long Iterations { get; private set; }

    public void Run(Solution start, Deadline deadline, CancellationToken ct)
    {
        var r = new RosterInstance(p);
        var graphs = AgentGraph.All(r, options.Threads, out _);
        var state = new RosterState(r);
        state.Load(start);
        Construct(r, state, deadline, ct);
        Publish(state, SearchPhase.Construction);
        if (options.ConstructionOnly)
        {
            return;
        }

        var workers = Enumerable.Range(0, Math.Max(1, options.Threads))
            .Select(i => new RosterWorker(r, state, unchecked((options.Seed * 7919) + i), Tuning.RosterNeighbourhoodBudget, graphs, log))
            .ToArray();
        if (graphs is not null && options.MaxIterations is null && state.InfeasibleCount == 0)
        {
            Pool(r, graphs, workers, deadline, ct);
        }

        var best = state.Score;
        while (!ct.IsCancellationRequested && !deadline.Passed && (options.MaxIterations is not { } max || Iterations < max))
        {
            // A run bounded by iterations shares them out evenly, so it stops at the same count whatever the rounds hold.
            var steps = options.MaxIterations is { } cap ? (int)Math.Max(1, (cap - Iterations + workers.Length - 1) / workers.Length) : int.MaxValue;
            var round = workers.Select(w => Task.Run(() => Guard(() => w.RunRound(steps, Tuning.RosterRoundWork, deadline, ct)), CancellationToken.None)).ToArray();
            Task.WaitAll(round, CancellationToken.None);
            Iterations = workers.Sum(w => w.Iterations);
            var leader = workers.OrderBy(w => w.State.Score).First();
            foreach (var move in workers.Where(w => w != leader).SelectMany(w => w.Gains))
            {
                move.TryOn(leader.State);
            }

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

    /// <summary>
    /// Price and search side by side, then combine: column generation over whole schedules runs on one thread while the
    /// first worker searches on the other, for <see cref="Tuning.PoolShare"/> of the time left, then dives from the
    /// relaxation to a roster (<see cref="ColumnGeneration.Dive"/>) for <see cref="Tuning.DiveShare"/>; the dive's roster
    /// replaces the worker's when the rules score it no worse, and the integer master (<see cref="ColumnMaster"/>)
    /// combines every schedule priced with that roster for <see cref="Tuning.PoolMasterShare"/> of the time then left.
    /// Where the first round of pricing would not end within <see cref="Tuning.PoolFirstRoundShare"/> of the pricing time,
    /// the phase gives up there (no dive, no master). Every worker continues from the result.
    /// </summary>
    private void Pool(RosterInstance r, AgentGraph[] graphs, RosterWorker[] workers, Deadline deadline, CancellationToken ct)
    {
        using var cg = ColumnGeneration.For(r, out _, graphs);
        if (cg is null)
        {
            return;
        }

        var lead = workers[0];
        foreach (var (a, choice) in Copy(lead.State).Select((c, a) => (a, c)))
        {
            cg.Add(a, choice);
        }

        var left = deadline.Remaining;
        var pricing = deadline.Earlier(left * (1 - Tuning.PoolShare));
        var firstRound = deadline.Earlier(left * (1 - (Tuning.PoolShare * Tuning.PoolFirstRoundShare)));
        var diving = deadline.Earlier(left * (1 - Tuning.PoolShare - Tuning.DiveShare));
        int[][]? dived = null;
        var generation = Task.Run(
            () => Guard(() =>
            {
                cg.Run(pricing, Tuning.BoundLabelLimit, ct, firstRound);
                dived = cg.TooSlow ? null : cg.Dive(diving, ct);
            }),
            CancellationToken.None);
        var best = lead.State.Score;
        while (!generation.IsCompleted && !ct.IsCancellationRequested && !deadline.Passed)
        {
            lead.RunRound(1, double.PositiveInfinity, diving, ct);
            if (lead.State.Score < best)
            {
                best = lead.State.Score;
                Publish(lead.State, SearchPhase.Search);
            }
        }

        generation.Wait(CancellationToken.None);
        if (cg.TooSlow)
        {
            Log.RosterStep(log, $"no dive: pricing every agent once would take more than {left.TotalSeconds * Tuning.PoolShare * Tuning.PoolFirstRoundShare:F1} s", lead.State.InfeasibleCount, lead.State.Score);
        }
        else
        {
            var roster = Take(lead.State, dived, out var divedScore);
            Log.RosterStep(log, $"dive ({cg.Columns} schedules, {cg.Rounds} rounds, bound {cg.Bound:F0}, {(divedScore is { } d ? $"a roster scoring {d}" : "no roster")})", lead.State.InfeasibleCount, lead.State.Score);
            var combining = deadline.Earlier(deadline.Remaining * (1 - Tuning.PoolMasterShare));
            Take(lead.State, ColumnMaster.Solve(r, graphs, cg.Schedules, roster, combining, ct), out var combined);
            Log.RosterStep(log, $"master ({(combined is { } c ? $"a roster scoring {c}" : "no roster")})", lead.State.InfeasibleCount, lead.State.Score);
        }

        foreach (var w in workers.Skip(1))
        {
            w.State.CopyFrom(lead.State);
        }

        if (lead.State.Score < best)
        {
            Publish(lead.State, SearchPhase.Search);
        }
    }

    /// <summary>
    /// Puts a roster in place of the state's when the rules score it no worse; returns the state's roster after, and
    /// the roster's own score (null when there was none).
    /// </summary>
    private static int[][] Take(RosterState state, int[][]? roster, out Score? score)
    {
        var kept = Copy(state);
        score = null;
        if (roster is null)
        {
            return kept;
        }

        var before = state.Score;
        BestResponse.Apply(state, roster);
        score = state.Score;
        if (state.Score <= before)
        {
            return roster;
        }

        BestResponse.Apply(state, kept);
        return kept;
    }

    private static int[][] Copy(RosterState state) => state.Choice.Select(c => (int[])c.Clone()).ToArray();

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

            // Then each agent again, paced against what the others now leave short, while a pass improves.
            for (var pass = 0; pass < Tuning.PatternPasses && !ct.IsCancellationRequested && !deadline.Passed; pass++)
            {
                var better = 0;
                for (var a = 0; a < r.Agents && !ct.IsCancellationRequested && !deadline.Passed; a++)
                {
                    better += PatternRepair.TryImprove(p, plan, a) ? 1 : 0;
                }

                if (better == 0)
                {
                    break;
                }
            }

            state.Load(plan);
        }

        Log.RosterStep(log, "patterns", state.InfeasibleCount, state.Score);

        // Agents still breaking a rule are repaired around their faults; then, when single-agent models are small,
        // every agent gets an exact best response to what the others leave uncovered. (Best responses by the schedule
        // programme instead, with a beam, were measured and not kept: on Curtois & Qu 20 they gave a roster at 42,527
        // that 60 s took only to 18,797, where this construction's ends at 6,369; see docs/benchmarks.md section 1c.)
        for (var a = 0; a < r.Agents && !ct.IsCancellationRequested && !deadline.Passed; a++)
        {
            if (!state.Feasible(a))
            {
                RosterRepair.Run(r, state, a, options.Seed + a, Tuning.RosterMemberBudget, deadline, ct);
                Iterations++;
            }
        }

        Log.RosterStep(log, "repair", state.InfeasibleCount, state.Score);
        if (r.Options.Average(a => a.Sum(d => d.Length)) <= Tuning.RosterSweepLimit)
        {
            Iterations += Sweep(r, state, options.Threads, options.Seed, deadline, ct);
        }

        Log.RosterStep(log, "construction", state.InfeasibleCount, state.Score);
    }

    /// <summary>
    /// Every agent's exact best response (a single-agent model over the whole horizon) to what the others leave, in agent
    /// order, as many agents at once as there are threads: their models are built from the same roster and solved side
    /// by side, then put in place one after the other, each kept only when the rules score the roster no worse with it.
    /// An agent whose answer was solved beside an earlier one's can find its gap already filled; the check keeps it from
    /// making the roster worse. The budgets are deterministic, so the roster depends on the seed and the thread count only.
    /// Returns how many agents were solved.
    /// </summary>
    internal static int Sweep(RosterInstance r, RosterState state, int threads, int seed, Deadline deadline, CancellationToken ct)
    {
        var batch = Math.Max(1, threads);
        var solved = 0;
        for (var first = 0; first < r.Agents && !ct.IsCancellationRequested && !deadline.Passed; first += batch)
        {
            var agents = Enumerable.Range(first, Math.Min(batch, r.Agents - first)).ToArray();
            var models = agents.Select(a => new RosterModel(r, state, [a], 0, r.Days - 1)).ToArray();
            var solvers = new CpSolver?[agents.Length];
            Parallel.For(0, agents.Length, new ParallelOptions { MaxDegreeOfParallelism = batch }, i =>
                solvers[i] = RosterSolver.Solve(models[i], seed + agents[i], Tuning.RosterMemberBudget, deadline, ct, out _, out _));
            for (var i = 0; i < agents.Length; i++)
            {
                if (solvers[i] is { } solver)
                {
                    var before = state.Score;
                    var saved = RosterMove.Of(state, [agents[i]], 0, r.Days - 1);
                    models[i].Apply(solver);
                    if (state.Score > before)
                    {
                        saved.WriteTo(state);
                    }
                }
            }

            solved += agents.Length;
        }

        return solved;
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
