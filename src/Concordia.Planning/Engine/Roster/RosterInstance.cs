using Concordia.Planning.Model;
using Concordia.Planning.Rules;

namespace Concordia.Planning.Engine.Roster;

/// <summary>
/// A day roster as arrays: per agent and day the demands it may take, what each choice costs in requests, the
/// agent's limits and which rules are in force. Read-only once built, shared by all search threads.
/// </summary>
internal sealed class RosterInstance
{
    public RosterInstance(CompiledProblem problem)
    {
        P = problem;
        Agents = problem.AgentCount;
        Days = problem.Days;
        var rules = problem.Rules.ActiveStaff.Select(r => r.Name).ToHashSet();
        MaxConsecutiveOn = rules.Contains("MaxConsecutiveDays");
        MinConsecutiveOn = rules.Contains("MinConsecutiveDays");
        MinDaysOffOn = rules.Contains("MinConsecutiveDaysOff");
        WeekendsOn = rules.Contains("MaxWeekends");
        MaxTotalOn = rules.Contains("MaxTotalMinutes");
        MinTotalOn = rules.Contains("MinTotalMinutes");
        PerKindOn = rules.Contains("MaxShiftsPerKind");
        Per7DaysOn = rules.Contains("MaxHoursPer7Days");
        OverCoverOn = problem.Rules.OverCover.Enabled;
        CoverageOn = problem.Rules.Coverage.Enabled;
        EdgesOpen = problem.Rules.RunsContinueBeyondHorizon;
        rest = rules.Contains("MinRest");
        changeover = rules.Contains("Changeover");
        succession = rules.Contains("ForbiddenSuccession");
        var lengthOn = rules.Contains("MaxShiftLength");
        var availabilityOn = rules.Contains("Availability");

        Limits = new Limits[Agents];
        Options = new int[Agents][][];
        OptionCost = new long[Agents][][];
        for (var a = 0; a < Agents; a++)
        {
            var m = problem.AgentMembers[a][0];
            var l = problem.StaffLimits[m];
            Limits[a] = l;
            Options[a] = new int[Days][];
            OptionCost[a] = new long[Days][];
            for (var day = 0; day < Days; day++)
            {
                var list = new List<int>();
                foreach (var w in problem.DayWindows[day])
                {
                    if ((availabilityOn && !problem.AgentAvailable(a, w)) || (lengthOn && problem.WinEnd[w] - problem.WinStart[w] > l.MaxShiftMinutes)
                        || (PerKindOn && l.MaxShiftsPerKind is { } perKind && perKind[problem.WinKind[w]] == 0))
                    {
                        continue;
                    }

                    list.AddRange(problem.WindowDemands[w].Where(d => problem.AgentHasCap(a, problem.DemCap[d])));
                }

                Options[a][day] = [.. list];
                OptionCost[a][day] = new long[list.Count];
            }

            AddRequests(a, m);
        }
    }

    public CompiledProblem P { get; }
    public int Agents { get; }
    public int Days { get; }

    /// <summary>Per agent and day, the demands the agent may take that day.</summary>
    public int[][][] Options { get; }

    /// <summary>Per agent, day and option, the change in request cost when that option is worked.</summary>
    public long[][][] OptionCost { get; }

    /// <summary>Request cost of the empty roster ("prefer" requests all unmet).</summary>
    public long ConstantCost { get; private set; }

    public Limits[] Limits { get; }
    public bool MaxConsecutiveOn { get; }
    public bool MinConsecutiveOn { get; }
    public bool MinDaysOffOn { get; }
    public bool WeekendsOn { get; }
    public bool MaxTotalOn { get; }
    public bool MinTotalOn { get; }
    public bool PerKindOn { get; }
    public bool Per7DaysOn { get; }
    public bool OverCoverOn { get; }
    public bool CoverageOn { get; }
    public bool EdgesOpen { get; }

    private readonly bool rest;
    private readonly bool changeover;
    private readonly bool succession;

    public int Minutes(int demand) => P.WinEnd[P.DemWindow[demand]] - P.WinStart[P.DemWindow[demand]];

    public int Kind(int demand) => P.WinKind[P.DemWindow[demand]];

    public int DayOf(int demand) => P.WinDay[P.DemWindow[demand]];

    /// <summary>Whether duty <paramref name="second"/> on the day after duty <paramref name="first"/> breaks a pairwise rule.</summary>
    public bool Conflict(int agent, int first, int second)
    {
        var w1 = P.DemWindow[first];
        var w2 = P.DemWindow[second];
        if (succession && P.ForbiddenAfter[P.WinKind[w1], P.WinKind[w2]])
        {
            return true;
        }

        var gap = P.WinStart[w2] - P.WinEnd[w1];
        return gap < 0
            || (rest && gap < Limits[agent].MinRestMinutes)
            || (changeover && gap < P.Changeover(P.DemSite[first], P.DemSite[second]));
    }

    /// <summary>Cover cost of one demand with <paramref name="units"/> assigned.</summary>
    public long CoverCost(int demand, int units)
    {
        var req = P.DemRequired[demand];
        return units < req ? (CoverageOn ? (long)(req - units) * P.DemUnder[demand] : 0)
            : OverCoverOn ? (long)(units - req) * P.DemOver[demand] : 0;
    }

    /// <summary>A "prefer" request costs its weight unless a matching duty is worked; an "avoid" request when one is.</summary>
    private void AddRequests(int a, int member)
    {
        var rule = P.Rules.Staff.OfType<PreferenceRule>().Single();
        if (!rule.Enabled)
        {
            return;
        }

        foreach (var pref in P.StaffPreferences[member])
        {
            var weight = (long)rule.Weight * pref.Weight;
            var prefer = pref.Kind == PreferenceKind.Prefer;
            if (prefer)
            {
                ConstantCost += weight;
            }

            // The shape check guarantees a request names a window or a day, so only that day can match.
            var day = pref.WindowId is { } wid ? (P.WindowIndex.TryGetValue(wid, out var w) ? P.WinDay[w] : -1)
                : pref.Day!.Value.DayNumber - DateOnly.FromDateTime(P.Source.HorizonStart.UtcDateTime).DayNumber;
            if (day < 0 || day >= Days)
            {
                continue;
            }

            var opts = Options[a][day];
            for (var i = 0; i < opts.Length; i++)
            {
                if (P.Matches(pref, opts[i]))
                {
                    OptionCost[a][day][i] += prefer ? -weight : weight;
                }
            }
        }
    }
}
