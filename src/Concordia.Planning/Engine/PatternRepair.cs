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
    public static bool TryRepair(CompiledProblem p, Solution s, int agent)
    {
        var l = Contract.Of(p, agent);
        var before = s.Total;
        var old = s.Duties(agent).ToArray();
        var low = l.MinTotalMinutes > 0 ? l.MinTotalMinutes : p.TotalMinutes(old);
        var high = l.MaxTotalMinutes == int.MaxValue ? low : l.MaxTotalMinutes;
        int[]? bestDuties = null;
        var bestScore = before;

        // A few variants (how many minutes to aim for, whether to spread the weekend budget); the first feasible
        // one wins, else the best.
        foreach (var target in new[] { low, low + ((high - low) / 2), high }.Distinct())
        {
            foreach (var spread in new[] { false, true })
            {
                Build(p, s, agent, l, old, target, spread);
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

        Replace(s, agent, bestDuties ?? old);
        return bestDuties is not null;
    }

    private static void Replace(Solution s, int agent, int[] duties)
    {
        foreach (var d in s.Duties(agent).ToArray())
        {
            s.Remove(agent, d);
        }

        foreach (var d in duties)
        {
            s.Add(agent, d);
        }
    }

    private static void Build(CompiledProblem p, Solution s, int agent, Contract l, int[] old, int target, bool spread)
    {
        foreach (var d in s.Duties(agent).ToArray())
        {
            s.Remove(agent, d);
        }

        var minutes = 0;
        var run = 0;
        var off = int.MaxValue;
        var weekends = 0;
        var lastWeekend = int.MinValue;
        var lastKind = -1;
        for (var day = 0; day < p.Days; day++)
        {
            var mustContinue = run > 0 && run < l.MinConsecutiveDays;
            var canStart = run > 0 || off >= l.MinConsecutiveDaysOff || off == int.MaxValue;
            var wantMore = minutes < target || mustContinue;
            var weekendKey = p.WeekendKey(day);
            var budget = spread && l.MaxWeekends != int.MaxValue ? Math.Min(l.MaxWeekends, 1 + (int)((long)l.MaxWeekends * (day + 1) / p.Days)) : l.MaxWeekends;
            var weekendOk = weekendKey == int.MinValue || weekendKey == lastWeekend || weekends < budget;
            var pick = -1;
            if (wantMore && canStart && run < l.MaxConsecutiveDays && weekendOk && (run > 0 || RunFits(p, agent, day, l, weekends, lastWeekend, l.MaxTotalMinutes - minutes)))
            {
                pick = BestDemand(p, s, agent, day, lastKind, l.MaxTotalMinutes - minutes);
            }

            if (pick < 0)
            {
                off = run > 0 ? 1 : off == int.MaxValue ? int.MaxValue : off + 1;
                run = 0;
                lastKind = -1;
                continue;
            }

            s.Add(agent, pick);
            var w = p.DemWindow[pick];
            minutes += p.WinEnd[w] - p.WinStart[w];
            run++;
            off = 0;
            lastKind = p.WinKind[w];
            if (weekendKey != int.MinValue && weekendKey != lastWeekend)
            {
                weekends++;
                lastWeekend = weekendKey;
            }
        }

    }

    /// <summary>
    /// A run may start only if a minimum-length run fits ahead: available days, within the weekend budget and
    /// within the minutes left.
    /// </summary>
    private static bool RunFits(CompiledProblem p, int agent, int day, Contract l, int weekends, int lastWeekend, long minutesLeft)
    {
        var need = Math.Max(1, l.MinConsecutiveDays);
        for (var k = day; k < day + need; k++)
        {
            if (k >= p.Days)
            {
                return false;
            }

            var shortest = p.DayWindows[k].Where(w => Allowed(p, agent, w)).Select(w => p.WinEnd[w] - p.WinStart[w]).DefaultIfEmpty(-1).Min();
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

    private static int BestDemand(CompiledProblem p, Solution s, int agent, int day, int lastKind, int minutesLeft)
    {
        var best = -1;
        var bestShort = int.MinValue;
        foreach (var w in p.DayWindows[day])
        {
            if (p.WinEnd[w] - p.WinStart[w] > minutesLeft || p.Rules.Get<ForbiddenSuccessionRule>().Forbids(p, lastKind, p.WinKind[w])
                || !KindLeft(p, s, agent, p.WinKind[w]))
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

    private static bool KindLeft(CompiledProblem p, Solution s, int agent, int kind) =>
        p.Rules.Get<MaxShiftsPerKindRule>().Leaves(p, p.AgentMembers[agent][0], kind, s.Duties(agent).Count(d => p.WinKind[p.DemWindow[d]] == kind));

    /// <summary>Whether some demand of the window is one the binding rules let the agent take.</summary>
    private static bool Allowed(CompiledProblem p, int agent, int window) => p.WindowDemands[window].Any(d => p.Rules.Allows(p, agent, d));

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
