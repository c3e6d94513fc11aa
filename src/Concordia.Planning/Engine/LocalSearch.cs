namespace Concordia.Planning.Engine;

/// <summary>
/// Hand-written moves for large plans, where building a CP-SAT model per move would cost more than it gains:
/// fill a missing unit, hand a duty to another agent, move an agent to another demand of the same window,
/// or drop a duty that only costs. A move is kept when it does not worsen the score.
/// </summary>
internal sealed class LocalSearch(CompiledProblem p, Random rng)
{
    private readonly List<int> candidates = new(Tuning.FillCandidates);
    private readonly Rules.FrozenHorizonRule frozen = p.Rules.Get<Rules.FrozenHorizonRule>();

    /// <summary>Tries to fill every missing unit once, scanning up to <paramref name="scan"/> agents each.</summary>
    public int Fill(Solution s, int scan, CancellationToken ct)
    {
        var filled = 0;
        for (var d = 0; d < p.DemandCount; d++)
        {
            if ((d & 255) == 0 && ct.IsCancellationRequested)
            {
                break;
            }

            var pool = p.AgentsByCap[p.DemCap[d]];
            while (s.Counts.DemandUnits[d] < p.DemRequired[d] && pool.Length > 0)
            {
                candidates.Clear();
                var offset = rng.Next(pool.Length);
                for (var i = 0; i < Math.Min(scan, pool.Length) && candidates.Count < Tuning.FillCandidates; i++)
                {
                    var a = pool[(offset + i) % pool.Length];
                    if (!s.Has(a, d) && QuickCheck.CanTake(p, s, a, d))
                    {
                        candidates.Add(a);
                    }
                }

                if (!GreedyConstruction.TryBest(s, d, candidates))
                {
                    break;
                }

                filled++;
            }
        }

        return filled;
    }

    /// <summary>Runs <paramref name="count"/> random moves; returns how many were kept.</summary>
    public int RandomMoves(Solution s, int count, CancellationToken ct)
    {
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            if ((i & 1023) == 0 && ct.IsCancellationRequested)
            {
                break;
            }

            var a = rng.Next(p.AgentCount);
            var duties = s.Duties(a);
            if (duties.Count == 0)
            {
                continue;
            }

            var d = duties[rng.Next(duties.Count)];
            if (frozen.Locks(p, d))
            {
                continue;
            }

            kept += rng.Next(3) switch
            {
                0 => Drop(s, a, d),
                1 => Hand(s, a, d),
                _ => Shift(s, a, d),
            };
        }

        return kept;
    }

    private int Drop(Solution s, int a, int d)
    {
        if (s.DeltaRemove(a, d) < Score.Zero)
        {
            s.Remove(a, d);
            return 1;
        }

        return 0;
    }

    /// <summary>Gives the duty to another agent with the capability.</summary>
    private int Hand(Solution s, int a, int d)
    {
        var pool = p.AgentsByCap[p.DemCap[d]];
        for (var tries = 0; tries < Tuning.HandTries; tries++)
        {
            var b = pool[rng.Next(pool.Length)];
            if (b == a || s.Has(b, d) || !QuickCheck.CanTake(p, s, b, d))
            {
                continue;
            }

            var before = s.Total;
            s.Remove(a, d);
            var delta = s.DeltaAdd(b, d);
            if (s.Total + delta <= before)
            {
                s.Add(b, d);
                return 1;
            }

            s.Add(a, d);
            return 0;
        }

        return 0;
    }

    /// <summary>Moves the agent to another demand of the same window (another site or capability).</summary>
    private int Shift(Solution s, int a, int d)
    {
        var others = p.WindowDemands[p.DemWindow[d]];
        if (others.Length < 2)
        {
            return 0;
        }

        var e = others[rng.Next(others.Length)];
        if (e == d || !p.AgentHasCap(a, p.DemCap[e]) || s.Counts.DemandUnits[e] >= p.DemRequired[e])
        {
            return 0;
        }

        var before = s.Total;
        s.Remove(a, d);
        if (QuickCheck.CanTake(p, s, a, e) && s.Total + s.DeltaAdd(a, e) <= before)
        {
            s.Add(a, e);
            return 1;
        }

        s.Add(a, d);
        return 0;
    }
}
