namespace Concordia.Planning.Engine;

/// <summary>
/// Moves people off duties beyond their demand onto missing units nearby in time. After a re-plan lowers the demand
/// (a lower alert level), many published duties are over-cover while other units go missing, and the people on the
/// surplus cannot take those units where they stand: the surplus duty holds them in the same window, or uses the
/// hours or the rest that the missing unit needs. A fill only tries people who can take a unit as they are, and a
/// random move rarely pairs a surplus duty with the right missing unit; this pass does: for each surplus duty, the
/// person on it leaves it for the nearest missing unit (same window first, then outwards up to 6 days either side)
/// that they can take once free of it, when the whole score gets better. Bounded per duty and cancellable.
/// </summary>
internal sealed class Relief(CompiledProblem p)
{
    /// <summary>Missing units tried per person on a surplus duty.</summary>
    private const int TriesPerHolder = 24;

    /// <summary>How far from the surplus duty's start a missing unit may be: the reach of the weekly limit.</summary>
    private const int ReachMinutes = 6 * 1440;

    private readonly Rules.FrozenHorizonRule frozen = p.Rules.Get<Rules.FrozenHorizonRule>();

    /// <summary>Runs the pass once over the plan; returns how many people were moved.</summary>
    public int Run(Solution s, CancellationToken ct)
    {
        var missing = MissingByCapability(s);
        if (missing.All(m => m.Length == 0))
        {
            return 0;
        }

        var holders = new List<int>?[p.DemandCount];
        for (var a = 0; a < p.AgentCount; a++)
        {
            foreach (var d in s.Duties(a))
            {
                if (s.Counts.DemandUnits[d] > p.DemRequired[d])
                {
                    (holders[d] ??= []).Add(a);
                }
            }
        }

        var moved = 0;
        for (var e = 0; e < p.DemandCount; e++)
        {
            if ((e & 255) == 0 && ct.IsCancellationRequested)
            {
                break;
            }

            if (holders[e] is not { } onIt || frozen.Locks(p, e))
            {
                continue;
            }

            foreach (var a in onIt)
            {
                if (s.Counts.DemandUnits[e] <= p.DemRequired[e])
                {
                    break;
                }

                moved += TryMove(s, a, e, missing) ? 1 : 0;
            }
        }

        return moved;
    }

    /// <summary>Per capability, the demands with units missing, in order of their window's start.</summary>
    private int[][] MissingByCapability(Solution s)
    {
        var lists = new List<int>[p.CapIndex.Count];
        for (var c = 0; c < lists.Length; c++)
        {
            lists[c] = [];
        }

        for (var d = 0; d < p.DemandCount; d++)
        {
            if (s.Counts.DemandUnits[d] < p.DemRequired[d] && !frozen.Locks(p, d))
            {
                lists[p.DemCap[d]].Add(d);
            }
        }

        return [.. lists.Select(l => l.OrderBy(d => p.WinStart[p.DemWindow[d]]).ThenBy(d => d).ToArray())];
    }

    /// <summary>
    /// Takes the agent off <paramref name="surplus"/> and onto the nearest missing unit it can then take, if the score
    /// gets better; otherwise leaves the plan as it was.
    /// </summary>
    private bool TryMove(Solution s, int agent, int surplus, int[][] missing)
    {
        var before = s.Total;
        var at = p.WinStart[p.DemWindow[surplus]];

        // The surplus duty is given up (a full score change) only once a missing unit passes the cheap tests without it.
        var off = false;
        var tries = 0;
        foreach (var cap in p.AgentCaps[agent])
        {
            var list = missing[cap];
            if (list.Length == 0)
            {
                continue;
            }

            // Outwards from the surplus duty's start: the nearest missing units first, either side.
            var right = LowerBound(list, at);
            var left = right - 1;
            while (tries < TriesPerHolder && (left >= 0 || right < list.Length))
            {
                var leftGap = left >= 0 ? at - p.WinStart[p.DemWindow[list[left]]] : int.MaxValue;
                var rightGap = right < list.Length ? p.WinStart[p.DemWindow[list[right]]] - at : int.MaxValue;
                if (Math.Min(leftGap, rightGap) > ReachMinutes)
                {
                    break;
                }

                var d = leftGap <= rightGap ? list[left--] : list[right++];
                if (d == surplus || s.Counts.DemandUnits[d] >= p.DemRequired[d] || s.Has(agent, d))
                {
                    continue;
                }

                tries++;
                if (!QuickCheck.CanTakeWithout(p, s, agent, d, surplus))
                {
                    continue;
                }

                if (!off)
                {
                    s.Remove(agent, surplus);
                    off = true;
                }

                if (s.Total + s.DeltaAdd(agent, d) < before)
                {
                    s.Add(agent, d);
                    return true;
                }
            }
        }

        if (off)
        {
            s.Add(agent, surplus);
        }

        return false;
    }

    /// <summary>The first index of <paramref name="sorted"/> whose window starts at or after <paramref name="start"/>.</summary>
    private int LowerBound(int[] sorted, int start)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (p.WinStart[p.DemWindow[sorted[mid]]] < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
