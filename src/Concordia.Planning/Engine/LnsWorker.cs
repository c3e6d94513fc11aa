using Concordia.Planning.Engine.CpSat;
using Google.OrTools.Sat;
using Microsoft.Extensions.Logging;

namespace Concordia.Planning.Engine;

/// <summary>
/// One search thread: destroys a neighbourhood (some agents over some days, optionally some sites) and repairs
/// it exactly with CP-SAT from the current plan as hint; on large plans it interleaves cheap hand-written
/// moves. The neighbourhood size adapts: it grows while sub-models are solved to optimality and shrinks when not.
/// </summary>
internal sealed class LnsWorker
{
    private readonly CompiledProblem p;
    private readonly ILogger log;
    private readonly Random rng;
    private readonly LocalSearch localSearch;
    private readonly bool large;
    private readonly double optionsPerAgentDay;
    private readonly double[] sizes = new double[3];
    private int kind;
    private bool repairing;

    private double CurrentSize
    {
        get => sizes[kind];
        set => sizes[kind] = value;
    }

    public LnsWorker(CompiledProblem problem, Solution start, int seed, ILogger log)
    {
        p = problem;
        this.log = log;
        rng = new Random(seed);
        Solution = new Solution(p);
        Solution.CopyFrom(start);
        localSearch = new LocalSearch(p, rng);
        large = p.AgentCount > Tuning.LargeAgents || p.DemandCount > Tuning.LargeDemands;
        var capShare = p.CapIndex.Count == 0 ? 1 : (double)p.AgentCaps.Sum(c => c.Length) / p.AgentCount / p.CapIndex.Count;
        optionsPerAgentDay = Math.Max(1, p.DemandCount / (double)p.Days * capShare);

        // Start by freeing about a quarter of a small problem; large ones start at the cap and adapt down.
        Array.Fill(sizes, Math.Clamp(0.25 * p.AgentCount * p.Days * optionsPerAgentDay, Tuning.MinNeighbourhood, Tuning.FirstNeighbourhood));
    }

    public Solution Solution { get; }

    public long Iterations { get; private set; }

    public void RunRound(int steps, Deadline deadline, CancellationToken ct)
    {
        for (var i = 0; i < steps && !ct.IsCancellationRequested && !deadline.Passed; i++)
        {
            if (large)
            {
                localSearch.RandomMoves(Solution, Tuning.MovesPerStep, ct);
                if (rng.Next(4) == 0)
                {
                    localSearch.Fill(Solution, Tuning.StepFillScan, ct);
                }

                localSearch.Eject(Solution, Tuning.StepEjectTries, Tuning.EjectScan, deadline, ct);
            }

            // A plan with hard violations is first made feasible, a few members at a time: their own rules are
            // independent of everyone else's, so strict sub-models over them are solvable.
            var feasible = Solution.Total.Hard == 0;
            Repair(feasible ? Pick() : PickBroken(), deadline, ct);
            Iterations++;
        }
    }

    private void Repair(Neighbourhood n, Deadline deadline, CancellationToken ct)
    {
        var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
        var sub = new SubModel(p, Solution, n);
        if (sub.VariableCount == 0)
        {
            return;
        }

        sub.Hint();
        var budget = repairing
            ? Tuning.RepairBudget
            : Math.Clamp(CurrentSize / Tuning.ChoicesPerBudgetUnit, Tuning.MinNeighbourhoodBudget, Tuning.MaxNeighbourhoodBudget);
        var solver = new CpSolver
        {
            StringParameters = FormattableString.Invariant(
                $"num_workers:1 random_seed:{rng.Next(1_000_000)} max_deterministic_time:{budget} max_time_in_seconds:{deadline.Seconds(0.05, Tuning.NeighbourhoodWallCap)} log_search_progress:false"),
        };
        CpSolverStatus status;
        using (ct.Register(solver.StopSearch))
        {
            status = solver.Solve(sub.Model);
        }

        Log.Neighbourhood(
            log, n.Agents.Length, n.From, n.To, sub.VariableCount, CurrentSize, status.ToString(),
            System.Diagnostics.Stopwatch.GetElapsedTime(t0).TotalSeconds, solver.WallTime(), Solution.Total);

        if (!repairing)
        {
            CurrentSize = status == CpSolverStatus.Optimal
                ? Math.Min(Tuning.MaxNeighbourhood, CurrentSize * Tuning.SizeGrowth)
                : Math.Max(Tuning.MinNeighbourhood, CurrentSize / Tuning.SizeGrowth);
        }

        repairing = false;
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return;
        }

        // The rules, not the sub-model, decide: a repair is kept only when the real score does not get worse.
        var before = Solution.Total;
        var saved = sub.Save();
        sub.Apply(solver);
        if (Solution.Total > before)
        {
            sub.Restore(saved);
        }
    }

    private Neighbourhood PickBroken()
    {
        var broken = new List<int>();
        for (var a = 0; a < p.AgentCount; a++)
        {
            if (Solution.AgentScore(a).Hard > 0)
            {
                broken.Add(a);
            }
        }

        for (var c = 0; c < p.CellCount; c++)
        {
            if (Solution.CellScore(c).Hard > 0)
            {
                foreach (var d in p.CellDemands[c])
                {
                    broken.AddRange(p.AgentsByCap[p.DemCap[d]].Where(a => Solution.Has(a, d)));
                }
            }
        }

        var chosen = broken.Distinct().OrderBy(_ => rng.Next()).Take(Tuning.BrokenAtOnce).Order().ToArray();
        kind = 0;
        repairing = true;
        return chosen.Length == 0 ? Pick() : new Neighbourhood(chosen, 0, p.Days - 1);
    }

    private Neighbourhood Pick()
    {
        // Three shapes, each with its own adaptive CurrentSize: some agents over the whole horizon, many agents over a
        // few days, and a mix.
        kind = rng.Next(3);
        var span = Math.Min(p.Days, kind == 0 ? p.Days : 2 + rng.Next(Math.Min(kind == 1 ? 7 : 13, p.Days)));
        var from = rng.Next(p.Days - span + 1);
        bool[]? sites = null;
        var perAgent = optionsPerAgentDay * span;
        if (large)
        {
            // Few sites at a time keep the model small enough to hold many agents.
            sites = new bool[p.SiteRoot.Length];
            var count = 1 + rng.Next(3);
            for (var i = 0; i < count; i++)
            {
                sites[rng.Next(sites.Length)] = true;
            }

            perAgent = Math.Max(1, perAgent * count / sites.Length);
        }

        var k = (int)Math.Clamp(CurrentSize / perAgent, 1, p.AgentCount);
        return new Neighbourhood(SampleAgents(k, from, from + span - 1, sites), from, from + span - 1, sites);
    }

    /// <summary>Half the agents already work in the range (so duties can move), the rest are drawn at random.</summary>
    private int[] SampleAgents(int k, int from, int to, bool[]? sites)
    {
        if (k >= p.AgentCount)
        {
            return Enumerable.Range(0, p.AgentCount).ToArray();
        }

        var chosen = new HashSet<int>();
        for (var tries = 0; tries < k * 4 && chosen.Count < k / 2; tries++)
        {
            var a = rng.Next(p.AgentCount);
            foreach (var d in Solution.Duties(a))
            {
                var day = p.WinDay[p.DemWindow[d]];
                if (day >= from && day <= to && (sites is null || sites[p.DemSite[d]]))
                {
                    chosen.Add(a);
                    break;
                }
            }
        }

        while (chosen.Count < k)
        {
            chosen.Add(rng.Next(p.AgentCount));
        }

        return chosen.Order().ToArray();
    }
}
