using Concordia.Planning.Engine.CpSat;
using Google.OrTools.Sat;

namespace Concordia.Planning.Engine;

/// <summary>
/// One search thread: destroys a neighbourhood (some agents over some days, optionally some sites) and repairs
/// it exactly with CP-SAT from the current plan as hint; on large plans it interleaves cheap hand-written
/// moves. The neighbourhood size adapts: it grows while sub-models are solved to optimality and shrinks when not.
/// </summary>
internal sealed class LnsWorker
{
    private const int MinSize = 300;
    private const int MaxSize = 60_000;

    private readonly CompiledProblem p;
    private readonly Random rng;
    private readonly LocalSearch localSearch;
    private readonly bool large;
    private readonly double optionsPerAgentDay;
    private double size = 2_000;

    public LnsWorker(CompiledProblem problem, Solution start, int seed)
    {
        p = problem;
        rng = new Random(seed);
        Solution = new Solution(p);
        Solution.CopyFrom(start);
        localSearch = new LocalSearch(p, rng);
        large = p.AgentCount > 3_000 || p.DemandCount > 20_000;
        var capShare = p.CapIndex.Count == 0 ? 1 : (double)p.AgentCaps.Sum(c => c.Length) / p.AgentCount / p.CapIndex.Count;
        optionsPerAgentDay = Math.Max(1, p.DemandCount / (double)p.Days * capShare);
    }

    public Solution Solution { get; }

    public long Iterations { get; private set; }

    public void RunRound(int steps, DateTime deadlineUtc, CancellationToken ct)
    {
        for (var i = 0; i < steps && !ct.IsCancellationRequested && DateTime.UtcNow < deadlineUtc; i++)
        {
            if (large)
            {
                localSearch.RandomMoves(Solution, 20_000, ct);
                if (rng.Next(4) == 0)
                {
                    localSearch.Fill(Solution, 400, ct);
                }
            }

            Repair(Pick(), deadlineUtc, ct);
            Iterations++;
        }
    }

    private void Repair(Neighbourhood n, DateTime deadlineUtc, CancellationToken ct)
    {
        var sub = new SubModel(p, Solution, n, strict: false);
        if (sub.VariableCount == 0)
        {
            return;
        }

        sub.Hint();
        var wall = Math.Max(0.05, Math.Min(30, (deadlineUtc - DateTime.UtcNow).TotalSeconds));
        var solver = new CpSolver
        {
            StringParameters = FormattableString.Invariant(
                $"num_workers:1 random_seed:{rng.Next(1_000_000)} max_deterministic_time:{Math.Clamp(size / 4000.0, 0.2, 4.0)} max_time_in_seconds:{wall} log_search_progress:false"),
        };
        CpSolverStatus status;
        using (ct.Register(solver.StopSearch))
        {
            status = solver.Solve(sub.Model);
        }

        size = status == CpSolverStatus.Optimal ? Math.Min(MaxSize, size * 1.15) : Math.Max(MinSize, size / 1.15);
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

    private Neighbourhood Pick()
    {
        var kind = rng.Next(10);
        var span = Math.Min(p.Days, kind < 4 ? p.Days : 2 + rng.Next(Math.Min(13, p.Days)));
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

        var k = (int)Math.Clamp(size / perAgent, 1, p.AgentCount);
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
