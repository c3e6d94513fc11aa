using Concordia.Planning.Engine.Roster;
using Concordia.Planning.Model;
using Concordia.Planning.Rules;

namespace Concordia.Planning.Engine.Pricing;

/// <summary>
/// One agent of a day roster as a graph for dynamic programming (<see cref="ScheduleDp"/>): per day its options (a
/// demand, or off), the costs its own soft rules put on them, the arcs between consecutive days that its pair rules
/// forbid or charge, and the resources its binding rules limit (minutes, run lengths, days off, weekends, duties per
/// kind), each limit read through its rule. It is built only when every active staff rule is one it states exactly;
/// otherwise <see cref="For"/> returns null and names the rule, and the caller uses a CP-SAT model instead.
/// </summary>
internal sealed class AgentGraph
{
    private AgentGraph(CompiledProblem p, RosterInstance r, int agent, int member)
    {
        P = p;
        Agent = agent;
        Member = member;
        Days = r.Days;
        Options = r.Options[agent];
        Transitions = Options.Select((o, day) => (long)(day == 0 ? 1 : Options[day - 1].Length + 1) * (o.Length + 1)).Sum();
        NodeCost = Options.Select(o => new double[o.Length]).ToArray();
        OffCost = new double[Days];
    }

    public CompiledProblem P { get; }

    public int Agent { get; }

    public int Member { get; }

    public int Days { get; }

    /// <summary>Per day, the demands the agent may take (the roster's options).</summary>
    public int[][] Options { get; }

    /// <summary>
    /// Transitions of the graph: per day, from each node of the day before (its options and off) to each of the day's.
    /// A pass of the schedule programme extends each label along the transitions out of its node, so its work grows
    /// with their count: with the square of the options per day, not only with the days.
    /// </summary>
    public long Transitions { get; }

    /// <summary>Per day and option, the agent's own soft costs (requests, soft duty rules).</summary>
    public double[][] NodeCost { get; }

    /// <summary>Per day, the agent's own soft cost of being off (a "prefer" request for that day unmet).</summary>
    public double[] OffCost { get; }

    /// <summary>Cost every schedule pays (a request no option can meet).</summary>
    public double Constant { get; private set; }

    /// <summary>Per day d ≥ 1, per option of day d − 1 and option of day d: a pair rule's cost, +∞ when a binding one forbids it; null when free.</summary>
    public double[]?[][]? Arcs { get; private set; }

    /// <summary>Per day and option, the duty's length in units of <see cref="Unit"/> minutes.</summary>
    public int[][] Length { get; private set; } = [];

    public int Unit { get; private set; } = 1;

    public int MinUnits { get; private set; }

    public int MaxUnits { get; private set; } = int.MaxValue;

    public int MaxRun { get; private set; } = int.MaxValue;

    public int MinRun { get; private set; }

    public bool RunEdgesExempt { get; private set; }

    public int MinOff { get; private set; }

    public int MaxWeekends { get; private set; } = int.MaxValue;

    /// <summary>Per day and option, the index of its kind among the limited kinds, or -1.</summary>
    public int[][] LimitedKind { get; private set; } = [];

    public int[] KindMax { get; private set; } = [];

    /// <summary>Whether a run of working days (its length as <see cref="RunAfter"/> keeps it) may end before a day off: long enough, or exempt as it began the horizon.</summary>
    public bool RunMayEnd(int run, bool fromStart) => run >= MinRun || (RunEdgesExempt && fromStart);

    /// <summary>Whether the run of working days in progress at the horizon's end may end there.</summary>
    public bool FinalRunMayEnd(int run) => RunEdgesExempt || run >= MinRun;

    /// <summary>The days off in a row after a day off, counted only as far as the minimum needs.</summary>
    public int OffRunAfter(int offRun, bool workedBefore) => Math.Min(workedBefore ? 1 : offRun + 1, Math.Max(0, MinOff));

    /// <summary>Whether a working day may follow days off: enough of them, or none worked yet in the horizon.</summary>
    public bool MayWorkAfter(int offRun, bool fresh) => fresh || offRun >= MinOff;

    /// <summary>
    /// The run of working days after working today, as far as the rules need it counted (the maximum, else the minimum),
    /// or -1 when it would exceed the maximum.
    /// </summary>
    public int RunAfter(int run, bool workedBefore)
    {
        var next = workedBefore ? run + 1 : 1;
        return next > MaxRun ? -1 : MaxRun != int.MaxValue ? next : MinRun > 0 ? Math.Min(next, MinRun) : 1;
    }

    /// <summary>Whether working on the day counts one more weekend worked (a weekend day not following a worked day of the same weekend).</summary>
    public bool StartsWeekend(int day, bool workedBefore)
    {
        var key = P.WeekendKey(day);
        return key != int.MinValue && !(workedBefore && P.WeekendKey(day - 1) == key);
    }

    /// <summary>
    /// The graphs of every agent of a roster, built on up to <paramref name="threads"/> threads (each agent's graph only
    /// reads the problem), or null with the rule an agent's graph cannot state exactly.
    /// </summary>
    public static AgentGraph[]? All(RosterInstance r, int threads, out string? unsupported)
    {
        var graphs = new AgentGraph[r.Agents];
        var reasons = new string?[r.Agents];
        var missing = 0;
        Parallel.For(0, r.Agents, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, (a, loop) =>
        {
            if (Volatile.Read(ref missing) == 0 && For(r, a, out reasons[a]) is { } g)
            {
                graphs[a] = g;
                return;
            }

            Interlocked.Exchange(ref missing, 1);
            loop.Stop();
        });

        unsupported = reasons.FirstOrDefault(reason => reason is not null);
        return missing == 0 ? graphs : null;
    }

    /// <summary>The graph of one agent, or null with the rule it cannot state exactly.</summary>
    public static AgentGraph? For(RosterInstance r, int agent, out string? unsupported)
    {
        var p = r.P;
        unsupported = null;
        if (p.AgentMembers[agent].Length != 1)
        {
            unsupported = "team";
            return null;
        }

        var g = new AgentGraph(p, r, agent, p.AgentMembers[agent][0]);
        foreach (var rule in p.Rules.ActiveStaff)
        {
            if (!g.State(rule))
            {
                unsupported = rule.Name;
                return null;
            }
        }

        g.Measure();
        return g;
    }

    /// <summary>The agent's own soft cost of a schedule (one demand or -1 per day), as the graph states it.</summary>
    public double CostOf(int[] choice)
    {
        var cost = Constant;
        for (var day = 0; day < Days; day++)
        {
            var k = Array.IndexOf(Options[day], choice[day]);
            cost += k < 0 ? OffCost[day] : NodeCost[day][k];
            if (day > 0 && k >= 0 && Arcs?[day] is { } arcs)
            {
                var prev = Array.IndexOf(Options[day - 1], choice[day - 1]);
                cost += prev >= 0 && arcs[prev] is { } row ? row[k] : 0;
            }
        }

        return cost;
    }

    /// <summary>States one active rule; false when the graph cannot state it exactly.</summary>
    private bool State(StaffRule rule)
    {
        var p = P;
        var m = Member;
        switch (rule)
        {
            case DutyRule duty:
                // Binding: the roster's options already leave out what it forbids. Soft: each duty costs on its own.
                if (!duty.Binding)
                {
                    ForEachOption((day, k, d) => NodeCost[day][k] += duty.Evaluate(p, m, [d], null).Soft);
                }

                return true;
            case PairRule pair:
                return StatePairs(pair);
            case MaxConsecutiveDaysRule max:
                MaxRun = max.Bound(p, m);
                return max.Binding;
            case MinConsecutiveDaysRule min:
                MinRun = min.Bound(p, m);
                RunEdgesExempt = p.Rules.RunsContinueBeyondHorizon;
                return min.Binding;
            case MinConsecutiveDaysOffRule off:
                MinOff = off.Bound(p, m);
                return off.Binding;
            case MaxTotalMinutesRule max:
                MaxUnits = max.Bound(p, m);
                return max.Binding;
            case MinTotalMinutesRule min:
                MinUnits = min.Bound(p, m);
                return min.Binding;
            case MaxWeekendsRule weekends:
                MaxWeekends = weekends.Bound(p, m);
                return weekends.Binding;
            case MaxShiftsPerKindRule kinds:
                return kinds.Binding && StateKinds(kinds);
            case MaxHoursPer7DaysRule:
                return WeekCannotExceed(p.StaffLimits[m].MaxMinutesPer7Days);
            case PreferencesRule prefs:
                return !prefs.Hard && StatePreferences(prefs);
            case FairNightsRule:
                return Count((day, k, d) => p.WinNight[p.DemWindow[d]]) <= p.FairNights;
            case FairWeekendsRule:
                return Enumerable.Range(0, Days).Count(day => p.DayIsWeekend[day] && Options[day].Length > 0) <= p.FairWeekendDays;
            case DisruptionRule:
                return p.StaffPublished[m].Length == 0;
            case FrozenHorizonRule:
                return p.FrozenUntil == int.MinValue;
            default:
                return false;
        }
    }

    /// <summary>A pair rule is an arc rule when only duties on consecutive days can conflict (one a day otherwise).</summary>
    private bool StatePairs(PairRule pair)
    {
        var p = P;
        var reach = pair.Reach(p, Member);
        var reachDays = (reach / (24 * 60)) + 2;
        var first = Options.Select(o => o.Length == 0 ? int.MaxValue : o.Min(d => p.WinStart[p.DemWindow[d]])).ToArray();
        var last = Options.Select(o => o.Length == 0 ? int.MinValue : o.Max(d => p.WinStart[p.DemWindow[d]])).ToArray();
        for (var day = 0; day < Days; day++)
        {
            for (var gap = 2; gap <= reachDays && day + gap < Days; gap++)
            {
                // Duties whose starts lie further apart than the rule's reach cannot conflict.
                if ((long)first[day + gap] - last[day] > reach)
                {
                    continue;
                }

                foreach (var a in Options[day])
                {
                    if (Options[day + gap].Any(b => pair.Conflicts(p, Member, a, b)))
                    {
                        return false;
                    }
                }
            }
        }

        for (var day = 1; day < Days; day++)
        {
            var prev = Options[day - 1];
            for (var i = 0; i < prev.Length; i++)
            {
                for (var k = 0; k < Options[day].Length; k++)
                {
                    if (!pair.Conflicts(p, Member, prev[i], Options[day][k]))
                    {
                        continue;
                    }

                    Arcs ??= new double[]?[Days][];
                    var rows = Arcs[day] ??= new double[]?[prev.Length];
                    var row = rows[i] ??= new double[Options[day].Length];
                    row[k] += pair.Binding ? double.PositiveInfinity : pair.Evaluate(p, Member, [prev[i], Options[day][k]], null).Soft;
                }
            }
        }

        return true;
    }

    /// <summary>Kinds whose maximum could be reached become counted resources; the rule is asked how many one more leaves.</summary>
    private bool StateKinds(MaxShiftsPerKindRule rule)
    {
        var p = P;
        var kinds = p.KindIndex.Count;
        var max = new int[kinds];
        // Days with an option of the kind (a day holds at most one duty, whatever number of its options share the kind).
        var available = new int[kinds];
        for (var day = 0; day < Days; day++)
        {
            foreach (var kind in Options[day].Select(d => p.WinKind[p.DemWindow[d]]).Distinct())
            {
                available[kind]++;
            }
        }

        for (var kind = 0; kind < kinds; kind++)
        {
            var taken = 0;
            while (taken < available[kind] && rule.Leaves(p, Member, kind, taken))
            {
                taken++;
            }

            max[kind] = taken < available[kind] ? taken : int.MaxValue;
        }

        var limited = Enumerable.Range(0, kinds).Where(k => max[k] != int.MaxValue).ToArray();
        KindMax = limited.Select(k => max[k]).ToArray();
        LimitedKind = Options.Select(o => o.Select(d => Array.IndexOf(limited, p.WinKind[p.DemWindow[d]])).ToArray()).ToArray();
        return true;
    }

    private bool WeekCannotExceed(int max)
    {
        var longest = Options.Select(o => o.Length == 0 ? 0 : o.Max(d => P.WinEnd[P.DemWindow[d]] - P.WinStart[P.DemWindow[d]])).ToArray();
        for (var day = 0; day < Days; day++)
        {
            if (longest.Skip(day).Take(Math.Min(7, P.Days)).Sum() > max)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Requests whose matching duties all fall on one day are node costs; others (a whole site) are not stated.</summary>
    private bool StatePreferences(PreferencesRule rule)
    {
        var p = P;
        foreach (var pref in p.StaffPreferences[Member])
        {
            var weight = rule.UnitCost(pref.Weight);
            var matching = new List<(int Day, int K)>();
            // Only the day the preference is tied to can hold a match.
            var (from, to) = p.PreferenceDay(pref) is { } only ? (only, only) : (0, Days - 1);
            for (var day = Math.Max(0, from); day <= Math.Min(Days - 1, to); day++)
            {
                for (var k = 0; k < Options[day].Length; k++)
                {
                    if (p.Matches(pref, Options[day][k]))
                    {
                        matching.Add((day, k));
                    }
                }
            }

            if (matching.Select(x => x.Day).Distinct().Count() > 1)
            {
                return false;
            }

            if (pref.Kind == PreferenceKind.Avoid)
            {
                matching.ForEach(x => NodeCost[x.Day][x.K] += weight);
            }
            else if (matching.Count == 0)
            {
                Constant += weight;
            }
            else
            {
                var day = matching[0].Day;
                OffCost[day] += weight;
                for (var k = 0; k < Options[day].Length; k++)
                {
                    NodeCost[day][k] += matching.Contains((day, k)) ? 0 : weight;
                }
            }
        }

        return true;
    }

    /// <summary>Lengths in units of their greatest common divisor (with the minute limits), so the minutes resource stays small.</summary>
    private void Measure()
    {
        var p = P;
        var lengths = Options.Select(o => o.Select(d => p.WinEnd[p.DemWindow[d]] - p.WinStart[p.DemWindow[d]]).ToArray()).ToArray();
        var unit = 0;
        foreach (var l in lengths.SelectMany(x => x))
        {
            unit = Gcd(unit, l);
        }

        Unit = Math.Max(1, unit);
        Length = lengths.Select(o => o.Select(l => l / Unit).ToArray()).ToArray();

        // A total of whole units reaches the minimum when it reaches its ceiling, and keeps under the maximum up to its floor.
        MinUnits = MinUnits <= 0 ? 0 : (MinUnits + Unit - 1) / Unit;
        MaxUnits = MaxUnits == int.MaxValue ? int.MaxValue : MaxUnits / Unit;
        if (LimitedKind.Length == 0)
        {
            LimitedKind = Options.Select(o => Enumerable.Repeat(-1, o.Length).ToArray()).ToArray();
        }
    }

    private void ForEachOption(Action<int, int, int> visit)
    {
        for (var day = 0; day < Days; day++)
        {
            for (var k = 0; k < Options[day].Length; k++)
            {
                visit(day, k, Options[day][k]);
            }
        }
    }

    /// <summary>Days on which some option satisfies <paramref name="test"/>.</summary>
    private int Count(Func<int, int, int, bool> test) =>
        Enumerable.Range(0, Days).Count(day => Enumerable.Range(0, Options[day].Length).Any(k => test(day, k, Options[day][k])));

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
