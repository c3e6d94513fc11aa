using Concordia.Planning.Rules;

namespace Concordia.Planning.Engine.Roster;

/// <summary>
/// Recognises day rosters (the Curtois &amp; Qu benchmark's shape): every agent is one person, works at most one
/// window a day, all staff rules in force are hard and day-based, and what costs is cover and requests. Such a
/// problem is solved by the roster search, whose models are exact for it; anything else goes to the
/// general engine.
/// </summary>
internal static class RosterShape
{
    /// <summary>Staff rules the roster model states exactly as constraints.</summary>
    private static readonly HashSet<string> Modelled =
    [
        "OneAtATime", "Changeover", "MinRest", "MaxShiftLength", "Availability", "MaxHoursPer7Days", "MaxConsecutiveDays",
        "MinConsecutiveDays", "MinConsecutiveDaysOff", "ForbiddenSuccession", "MaxShiftsPerKind", "MaxTotalMinutes",
        "MinTotalMinutes", "MaxWeekends",
    ];

    public static bool Fits(CompiledProblem p)
    {
        if (p.Source.Published.Count > 0 || p.FrozenUntil != int.MinValue || p.AgentMembers.Any(m => m.Length != 1))
        {
            return false;
        }

        foreach (var rule in p.Rules.ActiveStaff)
        {
            var inert = rule is DisruptionRule or FrozenHorizonRule;
            var ok = rule is PreferenceRule ? !rule.Hard : Modelled.Contains(rule.Name) && rule.Hard;
            if (!inert && !ok)
            {
                return false;
            }
        }

        foreach (var rule in p.Rules.ActiveCells)
        {
            var ok = rule switch
            {
                CoverageRule or OverCoverRule => !rule.Hard,
                JointPatrolRule => p.StaffHost.All(h => h),
                _ => p.NeedCell.Length == 0,
            };
            if (!ok)
            {
                return false;
            }
        }

        return WindowsFitDays(p) && PreferencesFitDays(p);
    }

    /// <summary>
    /// All windows of a day overlap one another (so one-at-a-time allows one a day), and windows two or more days
    /// apart can never conflict, so the pairwise rules reduce to pairs of consecutive days.
    /// </summary>
    private static bool WindowsFitDays(CompiledProblem p)
    {
        if (!p.Rules.Staff.OfType<OneAtATimeRule>().Single().Enabled)
        {
            return false;
        }

        var latestEnd = int.MinValue;
        var earliestStart = int.MaxValue;
        for (var w = 0; w < p.WindowCount; w++)
        {
            var day = p.WinDay[w];
            if (day < 0 || day >= p.Days)
            {
                return false;
            }

            latestEnd = Math.Max(latestEnd, p.WinEnd[w] - (day * 1440));
            earliestStart = Math.Min(earliestStart, p.WinStart[w] - (day * 1440));
        }

        foreach (var ws in p.DayWindows)
        {
            if (ws.Length > 1 && ws.Max(w => p.WinStart[w]) >= ws.Min(w => p.WinEnd[w]))
            {
                return false;
            }
        }

        return (2 * 1440) + earliestStart - latestEnd >= Reach(p);
    }

    /// <summary>The largest gap between two duties that a pairwise rule can still object to.</summary>
    public static int Reach(CompiledProblem p)
    {
        var rest = p.Rules.Staff.OfType<MinRestRule>().Single().Enabled ? p.StaffLimits.Select(l => l.MinRestMinutes).DefaultIfEmpty(0).Max() : 0;
        var travel = p.Rules.Staff.OfType<ChangeoverRule>().Single().Enabled ? p.MaxTravel : 0;
        return Math.Max(rest, travel);
    }

    /// <summary>Each request matches duties of one day at most, so its cost is linear in that day's choice.</summary>
    private static bool PreferencesFitDays(CompiledProblem p)
    {
        if (!p.Rules.Staff.OfType<PreferenceRule>().Single().Enabled)
        {
            return true;
        }

        for (var m = 0; m < p.StaffCount; m++)
        {
            foreach (var pref in p.StaffPreferences[m])
            {
                if (pref.WindowId is null && pref.Day is null)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
