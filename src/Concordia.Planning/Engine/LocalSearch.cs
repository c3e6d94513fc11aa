namespace Concordia.Planning.Engine;

/// <summary>
/// Hand-written moves for large plans, where building a CP-SAT model per move would cost more than it gains:
/// fill a missing unit, hand a duty to another agent, move an agent to another demand of the same window,
/// or drop a duty that only costs; and a chain of two that makes room for a missing unit. A move is kept when it
/// does not worsen the score, a chain when it improves it.
/// </summary>
internal sealed class LocalSearch(CompiledProblem p, Random rng)
{
    /// <summary>How far from a missing unit's window a duty given up for it may start: the span of the weekly rules.</summary>
    private const int EjectReachMinutes = 7 * 24 * 60;

    private readonly List<int> candidates = new(Tuning.FillCandidates);
    private readonly List<int> nearby = [];
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
                Collect(s, d, scan, except: -1);
                if (!GreedyConstruction.TryBest(s, d, candidates))
                {
                    break;
                }

                filled++;
            }
        }

        return filled;
    }

    /// <summary>
    /// Covers missing units by chains of two: an agent with the capability whom a rule keeps off the unit (hours
    /// in 7 days, rest, days in a row) gives up one of their duties within a week of it (not a frozen one, nor one
    /// of the published plan a re-plan starts from) and takes the unit, and another agent, found among
    /// <paramref name="scan"/>, takes the duty given up. Up to <paramref name="tries"/> agents are tried per missing
    /// unit; a chain is kept when the score improves. Returns the chains kept.
    /// </summary>
    public int Eject(Solution s, int tries, int scan, Deadline deadline, CancellationToken ct)
    {
        var kept = 0;
        var offset = rng.Next(Math.Max(1, p.DemandCount));
        for (var i = 0; i < p.DemandCount; i++)
        {
            if ((i & 255) == 0 && (ct.IsCancellationRequested || deadline.Passed))
            {
                break;
            }

            var d = (offset + i) % p.DemandCount;
            if (s.Counts.DemandUnits[d] >= p.DemRequired[d] || frozen.Locks(p, d))
            {
                continue;
            }

            var pool = p.AgentsByCap[p.DemCap[d]];
            for (var t = 0; t < Math.Min(tries, pool.Length) && s.Counts.DemandUnits[d] < p.DemRequired[d]; t++)
            {
                var a = pool[rng.Next(pool.Length)];
                if (!s.Has(a, d) && MakeRoom(s, a, d, scan))
                {
                    kept++;
                }
            }
        }

        return kept;
    }

    private bool MakeRoom(Solution s, int a, int d, int scan)
    {
        var start = p.WinStart[p.DemWindow[d]];
        nearby.Clear();
        foreach (var e in s.Duties(a))
        {
            if (Math.Abs(p.WinStart[p.DemWindow[e]] - start) <= EjectReachMinutes && !frozen.Locks(p, e) && !Published(a, e))
            {
                nearby.Add(e);
            }
        }

        var first = nearby.Count == 0 ? 0 : rng.Next(nearby.Count);
        for (var j = 0; j < nearby.Count; j++)
        {
            var e = nearby[(first + j) % nearby.Count];
            if (!QuickCheck.CanTakeWithout(p, s, a, d, e))
            {
                continue;
            }

            var before = s.Total;
            s.Remove(a, e);
            s.Add(a, d);
            var b = s.Counts.DemandUnits[e] < p.DemRequired[e] ? Replace(s, a, e, scan) : -1;
            if (s.Total < before)
            {
                return true;
            }

            if (b >= 0)
            {
                s.Remove(b, e);
            }

            s.Remove(a, d);
            s.Add(a, e);
        }

        return false;
    }

    /// <summary>
    /// A duty of the published plan that a re-plan starts from: a chain never hands one over, so that a re-plan moves
    /// few published duties (a move costs far less than a missing unit, so chains would hand over many).
    /// </summary>
    private bool Published(int a, int e)
    {
        foreach (var m in p.AgentMembers[a])
        {
            if (p.IsPublished(m, e))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gives the duty <paramref name="a"/> gave up to the best of a few others who can take it; returns who, or -1.</summary>
    private int Replace(Solution s, int a, int e, int scan)
    {
        Collect(s, e, scan, except: a);
        var best = GreedyConstruction.Best(s, e, candidates);
        if (best >= 0)
        {
            s.Add(best, e);
        }

        return best;
    }

    /// <summary>Up to <see cref="Tuning.FillCandidates"/> agents who can take the duty, from a scan of <paramref name="scan"/> at a random point of its pool.</summary>
    private void Collect(Solution s, int d, int scan, int except)
    {
        var pool = p.AgentsByCap[p.DemCap[d]];
        candidates.Clear();
        var offset = rng.Next(pool.Length);
        for (var i = 0; i < Math.Min(scan, pool.Length) && candidates.Count < Tuning.FillCandidates; i++)
        {
            var a = pool[(offset + i) % pool.Length];
            if (a != except && !s.Has(a, d) && QuickCheck.CanTake(p, s, a, d))
            {
                candidates.Add(a);
            }
        }
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

        if (!QuickCheck.CanTakeWithout(p, s, a, e, d))
        {
            return 0;
        }

        var before = s.Total;
        s.Remove(a, d);
        if (s.Total + s.DeltaAdd(a, e) <= before)
        {
            s.Add(a, e);
            return 1;
        }

        s.Add(a, d);
        return 0;
    }
}
