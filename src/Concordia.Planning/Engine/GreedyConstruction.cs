using Concordia.Planning.Rules;

namespace Concordia.Planning.Engine;

/// <summary>
/// Builds a first plan fast: demands in time order (higher under-cover weight first within a window), each unit
/// filled by the best of a few candidates found by a rotating scan of the agents with the capability. The rotation
/// spreads duties evenly, which keeps weekly-hour and fairness limits slack for later windows. A scan of a large
/// pool checks for cancellation as it goes, so a deadline stops the construction within milliseconds.
/// <para>
/// Among the candidates whose duty improves the score, the fewest hard violations come first, then (see
/// <see cref="Rank"/>) one who keeps their shift, then one for whom the duty is not a fourth day in a row, then one who
/// holds no other capability asked for, then the best score change. Built in time order, a plan otherwise mixes shifts
/// (an officer moved from nights to lates loses a day to rest), works the same officers from the first day until the
/// working-time limits stop most of them on the same day, and spends officers of two capabilities on the one that
/// others could cover: each leaves whole days short of staff later on.
/// </para>
/// <para>
/// Construction only adds duties, so an agent the cheap tests refuse for a window stays refused for that window: the
/// scans of the demands of one window, capability and arming skip the agents refused before (see
/// <see cref="Remaining"/>). On a re-plan of a nearly full plan most agents are refused for most windows, and without
/// this each demand would test tens of thousands of agents again. (Of the cheap tests only the travel between sites
/// depends on the site: an agent refused for it at one site is not tried at the others, and the fills after
/// construction may place them.) A demand inside the frozen horizon can only take its published members, so only they are tried;
/// any other demand tries its published members first (<see cref="GiveBack"/>).
/// </para>
/// </summary>
internal sealed class GreedyConstruction(CompiledProblem p)
{
    /// <summary>How far back an agent's latest duty sets the shift they keep: two days, so that a day off keeps it.</summary>
    private const int ShiftMemoryMinutes = 2 * 24 * 60;

    /// <summary>A duty that would follow this many days on duty in a row ranks after one that would not.</summary>
    private const int LongRun = 3;

    private readonly int candidatesPerUnit = Tuning.CandidatesPerUnit(p.AgentCount);
    private readonly int maxScan = Tuning.GreedyScan(p.AgentCount);
    private readonly bool[] versatile = Versatile(p);

    public void Run(Solution s, CancellationToken ct)
    {
        var demands = Enumerable.Range(0, p.DemandCount)
            .OrderBy(d => p.WinStart[p.DemWindow[d]])
            .ThenByDescending(d => p.DemUnder[d])
            .ThenBy(d => d)
            .ToArray();
        var frozen = p.Rules.Get<FrozenHorizonRule>();
        var publishedOn = PublishedAgents();
        var caps = p.CapIndex.Count;
        var pointer = new int[caps];

        // The agents not yet refused, per window, capability and arming; only the windows starting at the current
        // instant are kept, the earlier ones being done.
        var remaining = new Dictionary<int, Remaining>();
        var instant = int.MinValue;
        var candidates = new List<int>(candidatesPerUnit);
        Func<Solution, int, int, int> rank = Rank;
        long checks = 0;
        for (var i = 0; i < demands.Length; i++)
        {
            if ((i & 1023) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            var d = demands[i];
            if (p.WinStart[p.DemWindow[d]] != instant)
            {
                instant = p.WinStart[p.DemWindow[d]];
                remaining.Clear();
            }

            var cap = p.DemCap[d];
            var locked = frozen.Locks(p, d);
            var pool = locked ? publishedOn[d] : p.AgentsByCap[cap];
            if (pool.Length == 0)
            {
                continue;
            }

            if (!locked && publishedOn[d].Length > 0)
            {
                GiveBack(s, d, publishedOn[d], candidates, rank);
            }

            var key = (((p.DemWindow[d] * caps) + cap) * 2) + (p.DemArmed[d] ? 1 : 0);
            var left = locked ? new Remaining(pool.Length) : remaining.TryGetValue(key, out var r) ? r : remaining[key] = new Remaining(pool.Length);
            var budget = Math.Min(maxScan, pool.Length);
            var used = 0;
            var at = locked ? 0 : pointer[cap] % pool.Length;
            while (s.Counts.DemandUnits[d] < p.DemRequired[d] && used < budget)
            {
                candidates.Clear();
                var scanned = 0;
                while (used + scanned < budget && candidates.Count < candidatesPerUnit)
                {
                    if ((++checks & 4095) == 0)
                    {
                        ct.ThrowIfCancellationRequested();
                    }

                    // Positions passed count against the budget whether tested now or refused before.
                    var next = left.Next(at);
                    var skipped = next < 0 ? int.MaxValue : (next - at + pool.Length) % pool.Length;
                    if (skipped >= budget - used - scanned)
                    {
                        at = (at + budget - used - scanned) % pool.Length;
                        scanned = budget - used;
                        break;
                    }

                    scanned += skipped + 1;
                    at = (next + 1) % pool.Length;
                    var a = pool[next];
                    if (s.Has(a, d))
                    {
                        continue;
                    }

                    if (QuickCheck.CanTake(p, s, a, d))
                    {
                        candidates.Add(a);
                    }
                    else
                    {
                        left.Refuse(next);
                    }
                }

                // A unit filled resets the scan budget; candidates that would all break a hard rule (foreign
                // officers before any host is there) only use it up, and the scan goes on past them.
                used = TryBest(s, d, candidates, rank) ? 0 : used + scanned;
            }

            if (!locked)
            {
                pointer[cap] = at;
            }
        }
    }

    /// <summary>
    /// Gives a demand back to its published members who can still take it, best first, before any other agent is tried.
    /// A re-plan that starts without part of the published plan (a re-arrangement keeps only the frozen horizon) then
    /// keeps a published duty wherever the plan built so far leaves room for it, and moves one only where it does not.
    /// On a re-plan from the whole published plan the members already hold their duties, and nothing changes.
    /// </summary>
    private void GiveBack(Solution s, int d, int[] members, List<int> candidates, Func<Solution, int, int, int> rank)
    {
        candidates.Clear();
        foreach (var a in members)
        {
            if (!s.Has(a, d) && QuickCheck.CanTake(p, s, a, d))
            {
                candidates.Add(a);
            }
        }

        while (candidates.Count > 0 && s.Counts.DemandUnits[d] < p.DemRequired[d])
        {
            var best = Best(s, d, candidates, rank);
            if (best < 0)
            {
                return;
            }

            s.Add(best, d);
            candidates.Remove(best);
        }
    }

    /// <summary>Per demand, the agents of the members published on it (none without a published plan).</summary>
    private int[][] PublishedAgents()
    {
        var lists = new List<int>?[p.DemandCount];
        foreach (var (staff, d) in p.PublishedDuties)
        {
            if (staff >= 0 && !(lists[d] ??= []).Contains(p.StaffAgent[staff]))
            {
                lists[d]!.Add(p.StaffAgent[staff]);
            }
        }

        return lists.Select(l => l?.ToArray() ?? []).ToArray();
    }

    /// <summary>
    /// How a candidate for a demand ranks among those of equal hard violations, lower first: one who would change their
    /// shift ranks after one who keeps it; then one for whom the duty would follow <see cref="LongRun"/> days in a row
    /// after one for whom it would not; then one who also holds another capability asked for after one who does not.
    /// </summary>
    private int Rank(Solution s, int a, int demand) =>
        (ChangesShift(s, a, demand) ? 4 : 0)
        + (DaysInARowBefore(s, a, p.WinDay[p.DemWindow[demand]]) >= LongRun ? 2 : 0)
        + (versatile[a] ? 1 : 0);

    /// <summary>How many days in a row, up to a week, the agent works right before the day.</summary>
    private int DaysInARowBefore(Solution s, int a, int day)
    {
        Span<bool> on = stackalloc bool[8];
        foreach (var e in s.Duties(a))
        {
            var back = day - p.WinDay[p.DemWindow[e]];
            if (back is > 0 and < 8)
            {
                on[back] = true;
            }
        }

        var run = 0;
        while (run < 7 && on[run + 1])
        {
            run++;
        }

        return run;
    }

    /// <summary>Per agent, whether they hold two or more capabilities that some demand asks for.</summary>
    private static bool[] Versatile(CompiledProblem p)
    {
        var asked = new bool[p.CapIndex.Count];
        for (var d = 0; d < p.DemandCount; d++)
        {
            asked[p.DemCap[d]] = true;
        }

        return Enumerable.Range(0, p.AgentCount).Select(a => p.AgentCaps[a].Count(c => asked[c]) > 1).ToArray();
    }

    /// <summary>
    /// Whether the duty would change the agent's shift: their latest duty starting in the two days before it is of
    /// another kind (early, late, night...). An agent with no duty in those two days changes nothing.
    /// </summary>
    private bool ChangesShift(Solution s, int a, int demand)
    {
        var window = p.DemWindow[demand];
        var start = p.WinStart[window];
        var latest = -1;
        foreach (var e in s.Duties(a))
        {
            var w = p.DemWindow[e];
            if (p.WinStart[w] < start && p.WinStart[w] >= start - ShiftMemoryMinutes && (latest < 0 || p.WinStart[w] > p.WinStart[latest]))
            {
                latest = w;
            }
        }

        return latest >= 0 && p.WinKind[latest] != p.WinKind[window];
    }

    /// <summary>Adds the candidate <see cref="Best"/> picks, if there is one.</summary>
    public static bool TryBest(Solution s, int demand, List<int> candidates, Func<Solution, int, int, int>? rank = null)
    {
        var best = Best(s, demand, candidates, rank);
        if (best < 0)
        {
            return false;
        }

        s.Add(best, demand);
        return true;
    }

    /// <summary>
    /// Among the candidates whose duty would improve the score, the one with the fewest hard violations, then the
    /// lowest <paramref name="rank"/> (of the solution, agent and demand; none: all equal), then the best score change;
    /// -1 when none would improve it.
    /// </summary>
    public static int Best(Solution s, int demand, List<int> candidates, Func<Solution, int, int, int>? rank = null)
    {
        var best = -1;
        var bestRank = 0;
        var bestDelta = Score.Zero;
        foreach (var a in candidates)
        {
            var delta = s.DeltaAdd(a, demand);
            if (!(delta < Score.Zero))
            {
                continue;
            }

            var r = rank?.Invoke(s, a, demand) ?? 0;
            if (best < 0 || delta.Hard < bestDelta.Hard || (delta.Hard == bestDelta.Hard && (r < bestRank || (r == bestRank && delta.Soft < bestDelta.Soft))))
            {
                best = a;
                bestRank = r;
                bestDelta = delta;
            }
        }

        return best;
    }

    /// <summary>
    /// The positions of a pool not refused yet, in ring order: the next one from any position is found in amortised
    /// constant time, each refused position pointing past itself (with path halving).
    /// </summary>
    private sealed class Remaining
    {
        private readonly int[] next;

        public Remaining(int length)
        {
            next = new int[length + 1];
            for (var i = 0; i <= length; i++)
            {
                next[i] = i;
            }
        }

        /// <summary>The first position not refused at or after <paramref name="from"/>, wrapping round; -1 when all are.</summary>
        public int Next(int from)
        {
            var end = next.Length - 1;
            var found = Find(from);
            if (found == end && from > 0)
            {
                found = Find(0);
            }

            return found < end ? found : -1;
        }

        public void Refuse(int position) => next[position] = position + 1;

        private int Find(int i)
        {
            while (next[i] != i)
            {
                next[i] = next[next[i]];
                i = next[i];
            }

            return i;
        }
    }
}
