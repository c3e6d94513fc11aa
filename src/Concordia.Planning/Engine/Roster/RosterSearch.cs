using Concordia.Planning.Solving;

namespace Concordia.Planning.Engine.Roster;

/// <summary>
/// The engine's path for day rosters (see <see cref="RosterShape"/>). Construction is feasible by design: each
/// agent that breaks a rule gets its whole horizon from an exact single-agent model, in agent order, against the
/// cover the others leave. Then every thread runs large-neighbourhood search on its own copy in rounds of fixed
/// work; after each round the best roster (ties to the lowest thread) is copied to all, so a run bounded by
/// iterations is identical for the same seed and thread count.
/// </summary>
internal sealed class RosterSearch(CompiledProblem p, SolveOptions options, Action<Solution, string, long> improved)
{
    private const int StepsPerRound = 4;

    /// <summary>Deterministic-time budget of one neighbourhood (CP-SAT's own unit, roughly seconds).</summary>
    private const double NeighbourhoodBudget = 0.1;

    /// <summary>Deterministic-time budget of one agent's construction model (three times that to make it feasible).</summary>
    private const double AgentBudget = 0.5;

    /// <summary>Choices per agent up to which construction sweeps every agent with an exact model.</summary>
    private const int SweepLimit = 1500;

    private int repairs;

    public long Iterations { get; private set; }

    public void Run(Solution start, DateTime deadlineUtc, CancellationToken ct)
    {
        var r = new RosterInstance(p);
        var state = new RosterState(r);
        state.Load(start);
        Construct(r, state, deadlineUtc, ct);
        Publish(state, "construction");
        if (options.ConstructionOnly)
        {
            return;
        }

        var workers = Enumerable.Range(0, Math.Max(1, options.Threads))
            .Select(i => new RosterWorker(r, state, unchecked((options.Seed * 7919) + i), NeighbourhoodBudget))
            .ToArray();
        var best = state.Score;
        while (!ct.IsCancellationRequested && DateTime.UtcNow < deadlineUtc && (options.MaxIterations is not { } max || Iterations < max))
        {
            var round = workers.Select(w => Task.Run(() => Guard(() => w.RunRound(StepsPerRound, deadlineUtc, ct)), CancellationToken.None)).ToArray();
            Task.WaitAll(round, CancellationToken.None);
            Iterations = workers.Sum(w => w.Iterations);
            var leader = workers.OrderBy(w => w.State.Score).First();
            if (leader.State.InfeasibleCount > 0)
            {
                RepairRemaining(r, leader.State, deadlineUtc, ct);
            }

            foreach (var w in workers.Where(w => w != leader))
            {
                w.State.CopyFrom(leader.State);
            }

            if (leader.State.Score < best)
            {
                best = leader.State.Score;
                Publish(leader.State, "search");
            }
        }
    }

    private void Construct(RosterInstance r, RosterState state, DateTime deadlineUtc, CancellationToken ct)
    {
        // Contract patterns first: day by day they respect runs, days off, weekends and minutes, and take the most
        // short shift; they make most tight contracts feasible at once, where CP-SAT can need seconds an agent.
        if (state.InfeasibleCount > 0)
        {
            var plan = state.ToSolution();
            for (var a = 0; a < r.Agents && !ct.IsCancellationRequested && DateTime.UtcNow < deadlineUtc; a++)
            {
                if (plan.AgentScore(a).Hard > 0)
                {
                    PatternRepair.TryRepair(p, plan, a);
                }
            }

            state.Load(plan);
        }

        Trace($"patterns: {state.InfeasibleCount} agents infeasible, score {state.Score}");

        // Agents still breaking a rule are repaired around their faults; then, when single-agent models are small,
        // every agent gets an exact best response to what the others leave uncovered.
        for (var a = 0; a < r.Agents && !ct.IsCancellationRequested && DateTime.UtcNow < deadlineUtc; a++)
        {
            if (!state.Feasible(a))
            {
                RosterRepair.Run(r, state, a, options.Seed + a, AgentBudget, deadlineUtc, ct);
                Iterations++;
            }
        }

        var sweep = r.Options.Average(a => a.Sum(d => d.Length)) <= SweepLimit;
        for (var a = 0; sweep && a < r.Agents && !ct.IsCancellationRequested && DateTime.UtcNow < deadlineUtc; a++)
        {
            var before = state.Score;
            var saved = (int[])state.Choice[a].Clone();
            var model = new RosterModel(r, state, [a], 0, r.Days - 1);
            if (RosterSolver.Solve(model, options.Seed + a, AgentBudget, deadlineUtc, ct, out _) is { } solver)
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

        Trace($"construction: {state.InfeasibleCount} agents infeasible, score {state.Score}");
    }

    /// <summary>
    /// Agents the construction left breaking a rule get another repair after each round, with a budget that doubles
    /// each time (up to 16 times the construction's): a feasible roster comes before a cheaper one. Runs on one thread
    /// between rounds, so the search stays deterministic.
    /// </summary>
    private void RepairRemaining(RosterInstance r, RosterState state, DateTime deadlineUtc, CancellationToken ct)
    {
        repairs++;
        var budget = AgentBudget * (1 << Math.Min(4, repairs));
        for (var a = 0; a < r.Agents && !ct.IsCancellationRequested && DateTime.UtcNow < deadlineUtc; a++)
        {
            if (!state.Feasible(a))
            {
                Guard(() => RosterRepair.Run(r, state, a, options.Seed + a + repairs, budget, deadlineUtc, ct));
            }
        }

        Trace($"repair {repairs} (budget {budget}): {state.InfeasibleCount} agents infeasible, score {state.Score}");
    }

    private static void Trace(string line)
    {
        if (Environment.GetEnvironmentVariable("CONCORDIA_LNS_TRACE") == "1")
        {
            Console.Error.WriteLine($"{DateTime.UtcNow:HH:mm:ss.f} {line}");
        }
    }

    private void Publish(RosterState state, string phase)
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
