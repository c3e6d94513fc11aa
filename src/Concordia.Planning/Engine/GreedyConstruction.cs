namespace Concordia.Planning.Engine;

/// <summary>
/// Builds a first plan fast: demands in time order (higher under-cover weight first within a window), each unit
/// filled by the best of a few candidates found by a rotating scan of the agents with the capability. The rotation
/// spreads duties evenly, which keeps weekly-hour and fairness limits slack for later windows. A scan of a large
/// pool checks for cancellation as it goes, so a deadline stops the construction within milliseconds.
/// </summary>
internal sealed class GreedyConstruction(CompiledProblem p)
{
    private readonly int candidatesPerUnit = Tuning.CandidatesPerUnit(p.AgentCount);
    private readonly int maxScan = Tuning.GreedyScan(p.AgentCount);

    public void Run(Solution s, CancellationToken ct)
    {
        var demands = Enumerable.Range(0, p.DemandCount)
            .OrderBy(d => p.WinStart[p.DemWindow[d]])
            .ThenByDescending(d => p.DemUnder[d])
            .ThenBy(d => d)
            .ToArray();
        var pointer = new int[p.CapIndex.Count];
        var candidates = new List<int>(candidatesPerUnit);
        long checks = 0;
        for (var i = 0; i < demands.Length; i++)
        {
            if ((i & 1023) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            var d = demands[i];
            var pool = p.AgentsByCap[p.DemCap[d]];
            var budget = Math.Min(maxScan, pool.Length);
            var used = 0;
            while (s.Counts.DemandUnits[d] < p.DemRequired[d] && used < budget)
            {
                candidates.Clear();
                var start = pointer[p.DemCap[d]];
                var scanned = 0;
                for (; used + scanned < budget && candidates.Count < candidatesPerUnit; scanned++)
                {
                    if ((++checks & 4095) == 0)
                    {
                        ct.ThrowIfCancellationRequested();
                    }

                    var a = pool[(start + scanned) % pool.Length];
                    if (!s.Has(a, d) && QuickCheck.CanTake(p, s, a, d))
                    {
                        candidates.Add(a);
                    }
                }

                pointer[p.DemCap[d]] = (start + scanned) % pool.Length;

                // A unit filled resets the scan budget; candidates that would all break a hard rule (foreign
                // officers before any host is there) only use it up, and the scan goes on past them.
                used = GreedyConstruction.TryBest(s, d, candidates) ? 0 : used + scanned;
            }
        }
    }

    /// <summary>Adds the candidate with the best score change, if that change is an improvement.</summary>
    public static bool TryBest(Solution s, int demand, List<int> candidates)
    {
        var best = Best(s, demand, candidates);
        if (best < 0)
        {
            return false;
        }

        s.Add(best, demand);
        return true;
    }

    /// <summary>The candidate whose duty would improve the score most, or -1 when none would improve it.</summary>
    public static int Best(Solution s, int demand, List<int> candidates)
    {
        var best = -1;
        var bestDelta = Score.Zero;
        foreach (var a in candidates)
        {
            var delta = s.DeltaAdd(a, demand);
            if (delta < bestDelta)
            {
                best = a;
                bestDelta = delta;
            }
        }

        return best;
    }
}
