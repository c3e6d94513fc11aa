using System.Runtime.InteropServices;
using Concordia.Planning.Rules;

namespace Concordia.Planning.Engine;

/// <summary>
/// Rebuilds one agent's schedule day by day so that its contract holds: runs of working days between the minimum
/// and the maximum, days off in blocks of at least the minimum, the weekend budget, and total minutes between the
/// contract's bounds. Each working day takes the shift whose demand is most short, among those the previous day's
/// shift allows. It is the quick way out for tight contracts, where CP-SAT needs long to find any schedule; the
/// result is kept only if it lowers the agent's hard violations. It reads each limit through its rule, so a rule
/// switched off or made soft does not shape the pattern.
/// </summary>
internal static class PatternRepair
{
    /// <summary>
    /// In days of an even spread of the target: how far a paced pattern may run ahead of its pace, and the margin a
    /// day off must leave for the target to stay in reach.
    /// </summary>
    private const int PaceBand = 3;

    public static bool TryRepair(CompiledProblem p, Solution s, int agent)
    {
        var before = s.Total;
        var old = s.Duties(agent).ToArray();
        var a = Agent.Of(p, s, agent);
        int[]? bestDuties = null;
        var bestScore = before;
        var backward = p.LaterHalfBusier;

        // A few variants (whether to keep pace with the horizon, how many minutes to aim for, whether to spread the
        // weekend budget), walked from the busier end of the horizon; the first feasible one wins, else the best.
        foreach (var paced in new[] { true, false })
        {
            foreach (var target in Targets(p, a.Limits, old))
            {
                foreach (var spread in new[] { false, true })
                {
                    Build(p, s, a, target, spread, paced, backward);
                    if (s.Total < bestScore)
                    {
                        bestScore = s.Total;
                        bestDuties = s.Duties(agent).ToArray();
                    }

                    if (s.AgentScore(agent).Hard == 0)
                    {
                        return true;
                    }
                }
            }
        }

        s.SetDuties(agent, bestDuties ?? old);
        return bestDuties is not null;
    }

    /// <summary>
    /// Rebuilds an agent that keeps every rule by the paced variants, against the cover the others leave now, and
    /// keeps the best of them that still keeps every rule when it lowers the whole score; returns whether it did. Where
    /// the horizon's later half is the busier, each variant is walked from either end. A pass of this over every agent
    /// is a cheap best response: the agents built first took their days when every day was short.
    /// </summary>
    public static bool TryImprove(CompiledProblem p, Solution s, int agent)
    {
        if (s.AgentScore(agent).Hard > 0)
        {
            return false;
        }

        var old = s.Duties(agent).ToArray();
        int[]? bestDuties = null;
        var bestScore = s.Total;
        var a = Agent.Of(p, s, agent);
        var courses = p.LaterHalfBusier ? new[] { false, true } : [false];
        foreach (var target in Targets(p, a.Limits, old))
        {
            foreach (var (spread, backward) in courses.SelectMany(b => new[] { (false, b), (true, b) }))
            {
                Build(p, s, a, target, spread, paced: true, backward);
                if (s.AgentScore(agent).Hard == 0 && s.Total < bestScore)
                {
                    bestScore = s.Total;
                    bestDuties = s.Duties(agent).ToArray();
                }
            }
        }

        s.SetDuties(agent, bestDuties ?? old);
        return bestDuties is not null;
    }

    /// <summary>The minutes a variant aims for: the contract's minimum (else what the agent works now), the middle, the maximum.</summary>
    private static IEnumerable<int> Targets(CompiledProblem p, Contract l, int[] old)
    {
        var low = l.MinTotalMinutes > 0 ? l.MinTotalMinutes : p.TotalMinutes(old);
        var high = l.MaxTotalMinutes == int.MaxValue ? low : l.MaxTotalMinutes;
        return new[] { low, low + ((high - low) / 2), high }.Distinct();
    }

    /// <summary>
    /// One variant. Unpaced, the agent works every day it may until the target is reached (runs as long as allowed,
    /// the shortest days off between). Paced, it waits for better days: it takes a day off when it is more than
    /// <see cref="PaceBand"/> days ahead of its pace (an even spread of the target over the days; walked backward, the
    /// target shared out over the days as the demand it may take is), when no demand it may take is short that day,
    /// when the day would use a weekend of its budget for one day only, or when a run starting on the next day of its
    /// course would meet more shortage than one starting today — unless that day off would leave the target out of
    /// reach (<see cref="Reach"/>). Agents built one after the other then fill the days the others leave short, instead
    /// of all working the same first weeks and the same weekdays. The days are walked from the first on, or
    /// <paramref name="backward"/> from the last: a walk can always work more early in its course but cannot put off
    /// what it needs later, so it does best starting from the busier end.
    /// </summary>
    private static void Build(CompiledProblem p, Solution s, Agent a, int target, bool spread, bool paced, bool backward)
    {
        var (agent, l, shortest, shortAt, work) = a;
        var course = new Course(p, backward);
        s.SetDuties(agent, []);
        var picks = new List<int>(p.Days);
        var taken = new int[p.KindIndex.Count];
        var minutes = 0;
        var run = 0;
        var off = int.MaxValue;
        var weekends = 0;
        var lastWeekend = int.MinValue;
        var lastKind = -1;
        var band = (long)target * PaceBand / p.Days;
        for (var step = 0; step < p.Days; step++)
        {
            var day = course.Day(step);
            var mustContinue = run > 0 && run < l.MinConsecutiveDays;
            var canStart = run > 0 || off >= l.MinConsecutiveDaysOff || off == int.MaxValue;
            var wantMore = mustContinue || minutes < target;
            var weekendKey = p.WeekendKey(day);
            var weekendOk = weekendKey == int.MinValue || weekendKey == lastWeekend || weekends < Budget(p, l, spread, step);
            var pick = -1;
            if (wantMore && canStart && run < l.MaxConsecutiveDays && weekendOk && (run > 0 || RunFits(p, course, shortest, step, l, weekends, lastWeekend, l.MaxTotalMinutes - minutes)))
            {
                pick = BestDemand(p, s, agent, taken, day, lastKind, backward, l.MaxTotalMinutes - minutes, out var shortBy);
                if (paced && !mustContinue && pick >= 0)
                {
                    // Wait for a better day unless a day off now would leave the target out of reach.
                    var pace = backward && work is { } sums && sums[^1] > 0 ? (long)target * course.Walked(sums, step) / sums[^1] : (long)target * (step + 1) / p.Days;
                    var ahead = minutes >= pace + Math.Min(band, target - pace);
                    var halfWeekend = weekendKey != int.MinValue && weekendKey != lastWeekend
                        && (!course.OpensWeekend(day) || (run + 1 >= l.MaxConsecutiveDays && p.WeekendKey(course.Day(step + 1)) == weekendKey));
                    var laterStart = run == 0 && Shortage(course, shortAt, step + 1, l.MaxConsecutiveDays) > Shortage(course, shortAt, step, l.MaxConsecutiveDays);
                    var wait = ahead || shortBy <= 0 || halfWeekend || laterStart;
                    if (wait && minutes + Reach(p, course, l, shortest, spread, step + 1, OffAfter(run, off), weekends, lastWeekend) >= target + band)
                    {
                        pick = -1;
                    }
                }
            }

            if (pick < 0)
            {
                off = OffAfter(run, off);
                run = 0;
                lastKind = -1;
                continue;
            }

            picks.Add(pick);
            var w = p.DemWindow[pick];
            minutes += p.WinEnd[w] - p.WinStart[w];
            run++;
            off = 0;
            lastKind = p.WinKind[w];
            taken[lastKind]++;
            if (weekendKey != int.MinValue && weekendKey != lastWeekend)
            {
                weekends++;
                lastWeekend = weekendKey;
            }
        }

        // A day's pick does not change the cover of any other day, so the pattern is scored once, whole.
        picks.Sort(p.CompareDuties);
        s.SetDuties(agent, CollectionsMarshal.AsSpan(picks));
    }

    /// <summary>
    /// The weekends the agent may have worked after <paramref name="step"/> days of its course: the contract's, or its
    /// even share when spread.
    /// </summary>
    private static int Budget(CompiledProblem p, Contract l, bool spread, int step) =>
        spread && l.MaxWeekends != int.MaxValue ? Math.Min(l.MaxWeekends, 1 + (int)((long)l.MaxWeekends * (step + 1) / p.Days)) : l.MaxWeekends;

    /// <summary>Per day, the agent's shortest shift that day (-1 when the binding rules let it take none).</summary>
    private static int[] ShortestShifts(CompiledProblem p, int agent) => [.. Enumerable.Range(0, p.Days).Select(k => ShortestShift(p, agent, k))];

    /// <summary>The agent's shortest shift on the day, -1 when the binding rules let it take none.</summary>
    private static int ShortestShift(CompiledProblem p, int agent, int day) =>
        p.DayWindows[day].Where(w => Allowed(p, agent, w)).Select(w => p.WinEnd[w] - p.WinStart[w]).DefaultIfEmpty(-1).Min();

    /// <summary>Days off in a row after a day off: the first after a run, one more after another day off (none yet stays none).</summary>
    private static int OffAfter(int run, int off) => run > 0 ? 1 : off == int.MaxValue ? int.MaxValue : off + 1;

    /// <summary>
    /// The most minutes the agent could still work from <paramref name="step"/> of its course on, working every day it may (runs,
    /// days off, weekend budget, its shortest shift each day): whether a day off now leaves the target in reach.
    /// </summary>
    private static long Reach(CompiledProblem p, Course course, Contract l, int[] shortest, bool spread, int step, int off, int weekends, int lastWeekend)
    {
        var minutes = 0L;
        var run = 0;
        for (var i = step; i < p.Days; i++)
        {
            var k = course.Day(i);
            var key = p.WeekendKey(k);
            var canWork = shortest[k] > 0 && run < l.MaxConsecutiveDays && (run > 0 || off >= l.MinConsecutiveDaysOff || off == int.MaxValue)
                && (key == int.MinValue || key == lastWeekend || weekends < Budget(p, l, spread, i));
            if (!canWork)
            {
                off = OffAfter(run, off);
                run = 0;
                continue;
            }

            minutes += shortest[k];
            run++;
            off = 0;
            if (key != int.MinValue && key != lastWeekend)
            {
                weekends++;
                lastWeekend = key;
            }
        }

        return minutes;
    }

    /// <summary>
    /// A run may start only if a minimum-length run fits ahead: available days, within the weekend budget and
    /// within the minutes left.
    /// </summary>
    private static bool RunFits(CompiledProblem p, Course course, int[] shortestShift, int step, Contract l, int weekends, int lastWeekend, long minutesLeft)
    {
        var need = Math.Max(1, l.MinConsecutiveDays);
        for (var i = step; i < step + need; i++)
        {
            if (i >= p.Days)
            {
                return false;
            }

            var k = course.Day(i);
            var shortest = shortestShift[k];
            var key = p.WeekendKey(k);
            if (shortest < 0 || (minutesLeft -= shortest) < 0)
            {
                return false;
            }

            if (key != int.MinValue && key != lastWeekend)
            {
                if (weekends >= l.MaxWeekends)
                {
                    return false;
                }

                weekends++;
                lastWeekend = key;
            }
        }

        return true;
    }

    /// <summary>Per day, how short the most short demand the agent may take is (0 when none is short), as the others leave it.</summary>
    private static int[] Shortages(CompiledProblem p, Solution s, int agent)
    {
        var shortAt = new int[p.Days];
        for (var day = 0; day < p.Days; day++)
        {
            foreach (var w in p.DayWindows[day])
            {
                foreach (var d in p.WindowDemands[w])
                {
                    var shortBy = p.DemRequired[d] - s.Counts.DemandUnits[d];
                    if (shortBy > shortAt[day] && p.AgentHasCap(agent, p.DemCap[d]) && p.Rules.Allows(p, agent, d))
                    {
                        shortAt[day] = shortBy;
                    }
                }
            }
        }

        return shortAt;
    }

    /// <summary>
    /// The minutes of all the demand the agent may take, summed from the first day to each day: the pace of a pattern
    /// walked backward.
    /// </summary>
    private static long[] DemandSoFar(CompiledProblem p, int agent)
    {
        var sums = new long[p.Days];
        for (var day = 0; day < p.Days; day++)
        {
            sums[day] = day > 0 ? sums[day - 1] : 0;
            foreach (var w in p.DayWindows[day])
            {
                foreach (var d in p.WindowDemands[w])
                {
                    if (p.AgentHasCap(agent, p.DemCap[d]) && p.Rules.Allows(p, agent, d))
                    {
                        sums[day] += (long)p.DemRequired[d] * (p.WinEnd[w] - p.WinStart[w]);
                    }
                }
            }
        }

        return sums;
    }

    /// <summary>The shortage a run starting at <paramref name="step"/> of the course could meet in its longest length.</summary>
    private static long Shortage(Course course, int[] shortAt, int step, int length)
    {
        var sum = 0L;
        for (var i = step; i < Math.Min(shortAt.Length, step + Math.Min(length, 14)); i++)
        {
            sum += shortAt[course.Day(i)];
        }

        return sum;
    }

    /// <summary>
    /// The most short demand of the day the agent may take, after the duty last taken on its course (the day before, or
    /// the day after when the course runs backward).
    /// </summary>
    private static int BestDemand(CompiledProblem p, Solution s, int agent, int[] taken, int day, int lastKind, bool backward, int minutesLeft, out int bestShort)
    {
        var member = p.AgentMembers[agent][0];
        var perKind = p.Rules.Get<MaxShiftsPerKindRule>();
        var succession = p.Rules.Get<ForbiddenSuccessionRule>();
        var best = -1;
        bestShort = int.MinValue;
        foreach (var w in p.DayWindows[day])
        {
            if (p.WinEnd[w] - p.WinStart[w] > minutesLeft || (backward ? lastKind >= 0 && succession.Forbids(p, p.WinKind[w], lastKind) : succession.Forbids(p, lastKind, p.WinKind[w]))
                || !perKind.Leaves(p, member, p.WinKind[w], taken[p.WinKind[w]]))
            {
                continue;
            }

            foreach (var d in p.WindowDemands[w])
            {
                var shortBy = p.DemRequired[d] - s.Counts.DemandUnits[d];
                if (p.AgentHasCap(agent, p.DemCap[d]) && p.Rules.Allows(p, agent, d) && shortBy > bestShort)
                {
                    best = d;
                    bestShort = shortBy;
                }
            }
        }

        return best;
    }

    /// <summary>Whether some demand of the window is one the binding rules let the agent take.</summary>
    private static bool Allowed(CompiledProblem p, int agent, int window) => p.WindowDemands[window].Any(d => p.Rules.Allows(p, agent, d));

    /// <summary>
    /// One agent as its patterns are built: its limits, its shortest shift each day, how short each day is of what it
    /// may take, as the others leave it, and (only where patterns may walk backward) the demand it may take so far.
    /// Reading the cover clears the agent's duties: every variant starts from none.
    /// </summary>
    private sealed record Agent(int Index, Contract Limits, int[] Shortest, int[] ShortAt, long[]? Work)
    {
        public static Agent Of(CompiledProblem p, Solution s, int agent)
        {
            s.SetDuties(agent, []);
            return new Agent(agent, Contract.Of(p, agent), ShortestShifts(p, agent), Shortages(p, s, agent),
                p.LaterHalfBusier ? DemandSoFar(p, agent) : null);
        }
    }

    /// <summary>
    /// The order a pattern walks the days in: from the first day on, or from the last day back. Walked backward, the
    /// agent spends its minutes and weekends on the last weeks first, where a horizon's demand may be highest.
    /// </summary>
    private readonly record struct Course(CompiledProblem P, bool Backward)
    {
        /// <summary>The day at a step of the course; outside the horizon past its end.</summary>
        public int Day(int step) => Backward ? P.Days - 1 - step : step;

        /// <summary>Of a running sum by day, the part the course has walked after <paramref name="step"/> steps.</summary>
        public long Walked(long[] sums, int step) => Backward ? sums[^1] - (step + 1 < P.Days ? sums[P.Days - 2 - step] : 0) : sums[step];

        /// <summary>Whether the course meets this weekend day first: the weekend's first day forward, its last backward.</summary>
        public bool OpensWeekend(int day) => Backward ? P.WeekendKey(day + 1) != P.WeekendKey(day) : P.WeekendKey(day) == day;
    }

    /// <summary>The limits a pattern keeps to, each as its rule binds it (no limit when the rule is off or soft).</summary>
    private sealed record Contract(
        int MinTotalMinutes, int MaxTotalMinutes, int MinConsecutiveDays, int MaxConsecutiveDays, int MinConsecutiveDaysOff, int MaxWeekends)
    {
        public static Contract Of(CompiledProblem p, int agent)
        {
            var m = p.AgentMembers[agent][0];
            var rules = p.Rules;
            return new Contract(
                rules.Get<MinTotalMinutesRule>().Bound(p, m),
                rules.Get<MaxTotalMinutesRule>().Bound(p, m),
                rules.Get<MinConsecutiveDaysRule>().Bound(p, m),
                rules.Get<MaxConsecutiveDaysRule>().Bound(p, m),
                rules.Get<MinConsecutiveDaysOffRule>().Bound(p, m),
                rules.Get<MaxWeekendsRule>().Bound(p, m));
        }
    }
}
