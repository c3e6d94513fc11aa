using System.Diagnostics;
using System.Text;
using Concordia.Planning.Engine;
using Concordia.Planning.Model;
using Concordia.Planning.Rules;
using Google.OrTools.LinearSolver;

namespace Concordia.Planning.Solving;

/// <summary>
/// An upper bound on the demand units any plan keeping every hard rule can cover (<see cref="CoverableUnits"/> of
/// <see cref="RequiredUnits"/>): next to a plan's coverage it says how much of the gap could be closed at all.
/// </summary>
public sealed record CoverageCeiling(long RequiredUnits, long CoverableUnits, int Groups, int AgentClasses, TimeSpan Elapsed)
{
    /// <summary>The bound as a percentage of the demand units (100 when there is no demand), rounded to 3 decimals.</summary>
    public double Percent => RequiredUnits == 0 ? 100 : Math.Round(100.0 * CoverableUnits / RequiredUnits, 3);

    /// <summary>
    /// Whether working time across days (hours in 7 days, total minutes) is in the bound: false when no such limit
    /// binds, or when its programme was not solved within the time given.
    /// </summary>
    public bool WorkingTime { get; init; }

    /// <summary>
    /// Computes the bound. Relaxation: a unit (a person, or a team as one) may serve a demand only when it has the
    /// capability and every binding rule that forbids duties outright allows it (availability with absences, arrival
    /// and departure, days off, armed duty, shift length, shifts of a kind); the duties of the frozen horizon are held
    /// as published, their units counted and their time taken from their units' limits (<see cref="FrozenLoad"/>); a
    /// unit is in one place at a time and, when the rest rule binds, works no two duties closer than the shortest
    /// minimum rest. The windows, each stretched by that rest, are split into groups that all share one instant (a
    /// clique of the interval graph, found greedily by earliest end): a unit works at most one duty of a group. In each
    /// group a maximum flow gives the most units the eligible staff can put on its demands. When the hours in 7 days or
    /// the total minutes bind, a linear programme over all groups at once adds them: per class of alike units, the
    /// minutes of its duties starting in any 7 consecutive days stay within its units' limit, and so do its total
    /// minutes. The bound is the smaller of the two: every plan keeping the hard rules keeps these constraints, so it
    /// covers no more. Everything else (days in a row, joint patrols, languages, visitors' countries, powers, own
    /// command) is left out, so the bound can be loose.
    /// </summary>
    /// <param name="problem">The problem.</param>
    /// <param name="workingTimeLimit">Time given to the working-time programme (2 minutes when null); past it the
    /// bound leaves working time out.</param>
    /// <param name="keepPublished">Bound only the plans that keep every duty of the problem's published plan (a re-plan
    /// that moves no one): those duties are held like the frozen ones, and others may still join their demands.</param>
    public static CoverageCeiling Compute(PlanningProblem problem, TimeSpan? workingTimeLimit = null, bool keepPublished = false) =>
        Compute(new CompiledProblem(problem), workingTimeLimit, keepPublished);

    internal static CoverageCeiling Compute(CompiledProblem p, TimeSpan? workingTimeLimit = null, bool keepPublished = false)
    {
        var watch = Stopwatch.StartNew();
        long required = 0;
        for (var d = 0; d < p.DemandCount; d++)
        {
            required += p.DemRequired[d];
        }

        var (classes, size, classOf) = ClassesOf(p);
        var frozen = new FrozenLoad(p, classOf, keepPublished);
        var eligible = Eligibility(p, classes, frozen);
        var rest = ShortestRest(p);
        var groups = GroupsOf(p, rest);
        var coverable = frozen.Units;
        var groupOf = new int[p.WindowCount];
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var w in groups[g])
            {
                groupOf[w] = g;
            }
        }

        var busy = frozen.Busy(w => [groupOf[w]]);
        var flow = new MaxFlow();
        for (var g = 0; g < groups.Count; g++)
        {
            coverable += GroupFlow(p, groups[g], eligible, c => size[c] - busy.GetValueOrDefault((c, g)), frozen.Open, flow);
        }

        var limit = workingTimeLimit ?? TimeSpan.FromMinutes(2);
        var workingTime = limit > TimeSpan.Zero ? WorkingTimeUnits(p, classes, size, eligible, frozen, rest, limit) + frozen.Units : null;
        return new CoverageCeiling(required, Math.Min(coverable, workingTime ?? long.MaxValue), groups.Count, classes.Length, watch.Elapsed)
        {
            WorkingTime = workingTime is not null,
        };
    }

    /// <summary>The shortest minimum rest of any member when the rest rule binds, else 0.</summary>
    private static int ShortestRest(CompiledProblem p)
    {
        var rule = p.Rules.Get<MinRestRule>();
        var rest = int.MaxValue;
        for (var m = 0; m < p.StaffCount; m++)
        {
            rest = Math.Min(rest, rule.Bound(p, m));
        }

        return rest == int.MaxValue ? 0 : rest;
    }

    /// <summary>
    /// Agents that every filtering rule treats alike, as one class with its number of agents: same capabilities and,
    /// member by member, the same fields those rules read (person or dog, armed, availability, days off, longest
    /// shift, shifts per kind) and the same working-time limits the bound reads. Duties of the frozen horizon do not
    /// split classes: <see cref="FrozenLoad"/> counts them. Returns each class's representative agent, its number of
    /// agents and each agent's class.
    /// </summary>
    private static (int[] Representatives, int[] Size, int[] ClassOf) ClassesOf(CompiledProblem p)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var representatives = new List<int>();
        var size = new List<int>();
        var classOf = new int[p.AgentCount];
        var key = new StringBuilder();
        for (var a = 0; a < p.AgentCount; a++)
        {
            key.Clear();
            key.AppendJoin(',', p.AgentCaps[a].Order()).Append('|');
            foreach (var m in p.AgentMembers[a])
            {
                key.Append(p.StaffPerson[m] ? 'P' : 'D').Append(p.StaffArmed[m] ? 'A' : 'U').Append(':');
                key.AppendJoin(',', p.StaffAvailability[m]).Append(':');
                key.AppendJoin(',', p.StaffDaysOff[m]).Append(':');
                var limits = p.StaffLimits[m];
                key.Append(limits.MaxShiftMinutes).Append(':').Append(limits.MaxMinutesPer7Days).Append(':').Append(limits.MaxTotalMinutes).Append(':');
                if (limits.MaxShiftsPerKind is { } perKind)
                {
                    key.AppendJoin(',', perKind);
                }

                key.Append(';');
            }

            var k = key.ToString();
            if (index.TryGetValue(k, out var c))
            {
                size[c]++;
            }
            else
            {
                c = index[k] = representatives.Count;
                representatives.Add(a);
                size.Add(1);
            }

            classOf[a] = c;
        }

        return ([.. representatives], [.. size], classOf);
    }

    /// <summary>Per demand, the classes whose agents may serve it; none for a demand left no open units (a frozen one, fixed in <paramref name="frozen"/>).</summary>
    private static List<int>[] Eligibility(CompiledProblem p, int[] classes, FrozenLoad frozen)
    {
        var byCap = new List<int>[p.CapIndex.Count];
        for (var d = 0; d < p.DemandCount; d++)
        {
            (byCap[p.DemCap[d]] ??= []).Add(d);
        }

        var eligible = new List<int>[p.DemandCount];
        for (var d = 0; d < p.DemandCount; d++)
        {
            eligible[d] = [];
        }

        for (var c = 0; c < classes.Length; c++)
        {
            var agent = classes[c];
            foreach (var cap in p.AgentCaps[agent])
            {
                foreach (var d in byCap[cap] ?? [])
                {
                    if (frozen.Open(d) > 0 && p.Rules.Allows(p, agent, d))
                    {
                        eligible[d].Add(c);
                    }
                }
            }
        }

        return eligible;
    }

    /// <summary>
    /// The windows, each stretched by <paramref name="rest"/> past its end, split into groups sharing an instant:
    /// repeatedly, the open window ending first and every other open window starting before it ends (all of them
    /// contain the minute before that end). Two duties of a group overlap or leave less than the rest between them. An
    /// empty window is a group of its own.
    /// </summary>
    private static List<int[]> GroupsOf(CompiledProblem p, int rest)
    {
        int End(int w) => p.WinEnd[w] + rest;
        var byEnd = Enumerable.Range(0, p.WindowCount).OrderBy(End).ThenBy(w => p.WinStart[w]).ToArray();
        var byStart = Enumerable.Range(0, p.WindowCount).OrderBy(w => p.WinStart[w]).ToArray();
        var taken = new bool[p.WindowCount];
        var groups = new List<int[]>();
        var next = 0;
        foreach (var first in byEnd)
        {
            if (taken[first])
            {
                continue;
            }

            taken[first] = true;
            var group = new List<int> { first };
            if (p.WinEnd[first] > p.WinStart[first])
            {
                // Windows are taken in order of (stretched) end, so every open one ends at or after this end; those
                // starting before it contain its last minute. Skip the already taken ones at the front of the start order.
                while (next < byStart.Length && taken[byStart[next]])
                {
                    next++;
                }

                for (var i = next; i < byStart.Length && p.WinStart[byStart[i]] < End(first); i++)
                {
                    var w = byStart[i];
                    if (!taken[w] && p.WinEnd[w] > p.WinStart[w])
                    {
                        taken[w] = true;
                        group.Add(w);
                    }
                }
            }

            groups.Add([.. group]);
        }

        return groups;
    }

    /// <summary>
    /// Per window, the cliques it belongs to: for each distinct start of a non-empty window, the set of non-empty
    /// windows that contain it once stretched by <paramref name="rest"/> past their end, numbered; sets repeated at
    /// the next start are kept once. An empty window belongs to none.
    /// </summary>
    private static List<int>[] CliquesOf(CompiledProblem p, int rest)
    {
        var cliquesOf = new List<int>[p.WindowCount];
        for (var w = 0; w < p.WindowCount; w++)
        {
            cliquesOf[w] = [];
        }

        var open = Enumerable.Range(0, p.WindowCount).Where(w => p.WinEnd[w] > p.WinStart[w]).OrderBy(w => p.WinStart[w]).ToArray();
        var members = new List<int>();
        var previous = new List<int>();
        var count = 0;
        for (var i = 0; i < open.Length; i++)
        {
            var t = p.WinStart[open[i]];
            if (i > 0 && p.WinStart[open[i - 1]] == t)
            {
                continue;
            }

            members.Clear();
            for (var j = 0; j < open.Length && p.WinStart[open[j]] <= t; j++)
            {
                if (p.WinEnd[open[j]] + rest > t)
                {
                    members.Add(open[j]);
                }
            }

            if (members.SequenceEqual(previous))
            {
                continue;
            }

            foreach (var w in members)
            {
                cliquesOf[w].Add(count);
            }

            count++;
            (previous, members) = (members, previous);
        }

        return cliquesOf;
    }

    /// <summary>
    /// The most units that a linear programme allows when working time across days is added (null when neither the
    /// hours in 7 days nor the total minutes bind any class, or when the programme is not solved to its optimum within
    /// <paramref name="limit"/>). Variables: units of each class on the demands of a window that the same classes may
    /// serve (merged). Rows: each merged demand's units; each class at most its units on the windows that contain
    /// a window's start once stretched by <paramref name="rest"/> (every such set: they overlap, or leave less than
    /// the rest between them); per class, the minutes of duties starting in each 7 consecutive days (as the rule
    /// counts them) at most its units times the limit, and its total minutes likewise. The optimum of the relaxation
    /// bounds every plan's cover.
    /// </summary>
    private static long? WorkingTimeUnits(CompiledProblem p, int[] classes, int[] size, List<int>[] eligible, FrozenLoad frozen, int rest, TimeSpan limit)
    {
        var week = p.Rules.Get<MaxHoursPer7DaysRule>();
        var total = p.Rules.Get<MaxTotalMinutesRule>();
        var weekly = new long[classes.Length];
        var totals = new long[classes.Length];
        var any = false;
        for (var c = 0; c < classes.Length; c++)
        {
            weekly[c] = p.AgentMembers[classes[c]].Min(m => week.Bound(p, m));
            totals[c] = p.AgentMembers[classes[c]].Min(m => total.Bound(p, m));
            any |= weekly[c] < int.MaxValue || totals[c] < int.MaxValue;
        }

        if (!any)
        {
            return null;
        }

        var cliquesOf = CliquesOf(p, rest);
        var busy = frozen.Busy(w => cliquesOf[w]);
        // COIN-OR's CLP: on the Paris demo it solves this programme with its slot rows in 3 s where GLOP did not
        // finish in 30 s (measured in docs/benchmarks.md).
        using var lp = Solver.CreateSolver("CLP") ?? throw new InvalidOperationException("CLP is not available");
        lp.SetTimeLimit((long)Math.Ceiling(limit.TotalMilliseconds));
        var objective = lp.Objective();
        var perClique = new Dictionary<(int Class, int Clique), Constraint>();
        var perWeek = new Dictionary<(int Class, int Start), Constraint>();
        var slots = new Dictionary<(long Limit, int Start, bool ByDivisor), WeekSlots?>();
        var perSlots = new Dictionary<(int Class, int Start, bool ByDivisor), Constraint>();
        var perTotal = new Dictionary<int, Constraint>();
        var span = MaxHoursPer7DaysRule.Span(p);
        var merged = new Dictionary<string, (long Required, List<int> Classes)>(StringComparer.Ordinal);
        for (var w = 0; w < p.WindowCount; w++)
        {
            merged.Clear();
            foreach (var d in p.WindowDemands[w])
            {
                var open = frozen.Open(d);
                if (open <= 0 || eligible[d].Count == 0)
                {
                    continue;
                }

                var key = string.Join(',', eligible[d]);
                merged[key] = merged.TryGetValue(key, out var m) ? (m.Required + open, m.Classes) : (open, eligible[d]);
            }

            var day = p.WinDay[w];
            var minutes = p.WinEnd[w] - p.WinStart[w];
            foreach (var (units, serving) in merged.Values)
            {
                var row = lp.MakeConstraint(0, units);
                foreach (var c in serving)
                {
                    var x = lp.MakeNumVar(0, Math.Min(units, size[c]), "");
                    row.SetCoefficient(x, 1);
                    objective.SetCoefficient(x, 1);
                    foreach (var clique in cliquesOf[w])
                    {
                        Row(perClique, (c, clique), size[c] - busy.GetValueOrDefault((c, clique))).SetCoefficient(x, 1);
                    }

                    if (weekly[c] < int.MaxValue && (uint)day < (uint)p.Days)
                    {
                        for (var start = Math.Max(0, day - span + 1); start <= Math.Min(day, p.Days - span); start++)
                        {
                            Row(perWeek, (c, start), (size[c] * weekly[c]) - frozen.Load(c, start, span, v => p.WinEnd[v] - p.WinStart[v])).SetCoefficient(x, minutes);
                            foreach (var byDivisor in (bool[])[false, true])
                            {
                                if (!slots.TryGetValue((weekly[c], start, byDivisor), out var cut))
                                {
                                    slots[(weekly[c], start, byDivisor)] = cut = WeekSlots.Of(p, weekly[c], start, span, byDivisor);
                                }

                                if (cut is not null && cut.Coefficient[w] > 0)
                                {
                                    Row(perSlots, (c, start, byDivisor), (size[c] * cut.Slots) - frozen.Load(c, start, span, v => cut.Coefficient[v])).SetCoefficient(x, cut.Coefficient[w]);
                                }
                            }
                        }
                    }

                    if (totals[c] < int.MaxValue)
                    {
                        Row(perTotal, c, (size[c] * totals[c]) - frozen.Load(c, 0, p.Days, v => p.WinEnd[v] - p.WinStart[v])).SetCoefficient(x, minutes);
                    }
                }
            }
        }

        objective.SetMaximization();
        if (lp.Solve() != Solver.ResultStatus.OPTIMAL)
        {
            return null;
        }

        // The optimum, with room for the programme's tolerances: rounding up what is a hair under a whole unit.
        var value = objective.Value();
        return (long)Math.Floor(value + 1e-6 * Math.Max(1, value));

        Constraint Row<TKey>(Dictionary<TKey, Constraint> rows, TKey key, long bound)
            where TKey : notnull
        {
            if (!rows.TryGetValue(key, out var row))
            {
                // A frozen load above the limit breaks a hard rule whatever the rest: no plan keeps them all, and any
                // bound holds. The row is kept feasible.
                rows[key] = row = lp.MakeConstraint(double.NegativeInfinity, Math.Max(0, bound));
            }

            return row;
        }
    }

    /// <summary>
    /// A rounding of the hours in 7 days for one limit and one span of days, valid for every single agent: with a
    /// slot of <c>u</c> minutes that divides the limit into <see cref="Slots"/> (chosen in <see cref="Of"/>), a duty of
    /// m minutes takes ⌊m/u⌋ slots, or ⌈m/u⌉ for the windows chosen (an agent works each window at most
    /// once, so their fractions can be added to the limit), and the slots stay within <see cref="Slots"/>: the
    /// limit divided by u, plus the chosen fractions, rounded down (a Chvátal–Gomory cut). It is what the minutes
    /// alone do not say: an officer on one 8.5-hour duty in a week with 48 hours has room for four 8-hour duties
    /// more, not 4.94. Null when no window of the span is chosen (the rounding says nothing then).
    /// </summary>
    private sealed record WeekSlots(int[] Coefficient, long Slots)
    {
        /// <summary>
        /// The rounding for a span, with the slot <c>u</c> chosen in one of two ways (<paramref name="byDivisor"/>):
        /// the limit over the most shortest duties it holds, or the largest divisor of the limit and of every
        /// duty length found at least twice in the span (so that the usual duties take whole slots).
        /// </summary>
        public static WeekSlots? Of(CompiledProblem p, long limit, int start, int span, bool byDivisor)
        {
            var windows = Enumerable.Range(0, p.WindowCount)
                .Where(w => p.WinDay[w] >= start && p.WinDay[w] < start + span && p.WinEnd[w] > p.WinStart[w])
                .ToArray();
            if (windows.Length == 0)
            {
                return null;
            }

            long slots;
            if (byDivisor)
            {
                var usual = windows.GroupBy(w => (long)(p.WinEnd[w] - p.WinStart[w])).Where(g => g.Count() > 1).Select(g => g.Key);
                var divisor = usual.Aggregate(limit, Gcd);
                slots = divisor >= 60 && divisor < limit ? limit / divisor : 0;
            }
            else
            {
                slots = limit / windows.Min(w => p.WinEnd[w] - p.WinStart[w]);
            }

            if (slots == 0)
            {
                return null;
            }

            var unit = (double)limit / slots;
            var coefficient = new int[p.WindowCount];
            var roundedUp = 0.0;
            const double tolerance = 1e-9;
            // Only duties of a length found once in the span are rounded up (the unusual duty that leaves an awkward
            // rest of the limit), the cheapest to round first: rounding up one of many alike duties says little.
            var alike = windows.CountBy(w => p.WinEnd[w] - p.WinStart[w]).ToDictionary();
            foreach (var w in windows.OrderByDescending(w => Fraction((p.WinEnd[w] - p.WinStart[w]) / unit)))
            {
                var q = (p.WinEnd[w] - p.WinStart[w]) / unit;
                var up = 1 - Fraction(q);
                var whole = (int)Math.Floor(q + tolerance);
                if (Fraction(q) > tolerance && alike[p.WinEnd[w] - p.WinStart[w]] == 1 && roundedUp + up < 1 - tolerance)
                {
                    roundedUp += up;
                    whole++;
                }

                coefficient[w] = whole;
            }

            return roundedUp > 0 ? new WeekSlots(coefficient, slots) : null;

            static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);

            static double Fraction(double q) => q - Math.Floor(q + tolerance) < tolerance ? 0 : q - Math.Floor(q);
        }
    }

    /// <summary>
    /// The most units the classes can put on a group's demands, each agent on at most one demand, with
    /// <paramref name="free"/> agents of each class (those not on a frozen duty there).
    /// </summary>
    private static long GroupFlow(CompiledProblem p, int[] group, List<int>[] eligible, Func<int, long> free, Func<int, int> open, MaxFlow flow)
    {
        var demands = group.SelectMany(w => p.WindowDemands[w]).Where(d => open(d) > 0 && eligible[d].Count > 0).ToArray();
        if (demands.Length == 0)
        {
            return 0;
        }

        if (group.Length == 1 && p.WinEnd[group[0]] <= p.WinStart[group[0]])
        {
            // An empty window overlaps nothing, itself included: each demand on its own.
            return demands.Sum(d => Math.Min(open(d), eligible[d].Sum(free)));
        }

        // Nodes: 0 source, 1 sink, then the group's classes, then its demands.
        var classNode = new Dictionary<int, int>();
        flow.Reset(2 + demands.Length);
        foreach (var d in demands)
        {
            foreach (var c in eligible[d])
            {
                if (!classNode.ContainsKey(c))
                {
                    classNode[c] = flow.AddNode();
                    flow.AddEdge(0, classNode[c], free(c));
                }
            }
        }

        for (var i = 0; i < demands.Length; i++)
        {
            var node = flow.AddNode();
            flow.AddEdge(node, 1, open(demands[i]));
            foreach (var c in eligible[demands[i]])
            {
                flow.AddEdge(classNode[c], node, open(demands[i]));
            }
        }

        return flow.Run(0, 1);
    }

    /// <summary>
    /// The duties of the frozen horizon, when its rule binds. A plan keeping the hard rules gives every member exactly
    /// their published duties there, so a frozen demand is served by exactly the agents whose members are all
    /// published on it (their units, capped by the demand, are <see cref="Units"/>, fixed) and by no one else. What
    /// those duties take from their agents comes off the bound's limits: an agent is busy in the windows that overlap
    /// its frozen duty (<see cref="Busy"/>), and the duty's minutes count towards its hours in 7 days and its total
    /// minutes (<see cref="Load"/>). Classes sum their agents' loads, as they sum their limits. With keepPublished
    /// every published duty is held so, and its demand stays open to others for the units it still lacks.
    /// </summary>
    private sealed class FrozenLoad
    {
        private readonly int[] open;
        private readonly int[] classOf;
        private readonly List<(int Agent, int Window)> duties = [];
        private readonly Dictionary<(int Class, int Day), List<int>> byDay = [];
        private readonly int days;

        public FrozenLoad(CompiledProblem p, int[] classOf, bool keepPublished)
        {
            this.classOf = classOf;
            days = p.Days;
            var rule = p.Rules.Get<FrozenHorizonRule>();
            var locked = new bool[p.DemandCount];
            for (var d = 0; d < p.DemandCount; d++)
            {
                locked[d] = rule.Locks(p, d);
            }

            var served = new int[p.DemandCount];
            for (var a = 0; a < p.AgentCount; a++)
            {
                var members = p.AgentMembers[a];
                foreach (var d in p.StaffPublished[members[0]])
                {
                    if (!(locked[d] || keepPublished) || !members.All(m => p.IsPublished(m, d)))
                    {
                        continue;
                    }

                    served[d]++;
                    var w = p.DemWindow[d];
                    duties.Add((a, w));
                    if ((uint)p.WinDay[w] < (uint)days)
                    {
                        var key = (classOf[a], p.WinDay[w]);
                        (byDay.TryGetValue(key, out var list) ? list : byDay[key] = []).Add(w);
                    }
                }
            }

            open = new int[p.DemandCount];
            for (var d = 0; d < p.DemandCount; d++)
            {
                Units += Math.Min(p.DemRequired[d], served[d]);
                open[d] = locked[d] ? 0 : Math.Max(0, p.DemRequired[d] - served[d]);
            }
        }

        /// <summary>Units the frozen duties cover.</summary>
        public long Units { get; }

        /// <summary>The demand's units left to the bound's flow and programme: none when frozen, else those the held duties leave.</summary>
        public int Open(int demand) => open[demand];

        /// <summary>Per class and set of windows (<paramref name="setsOf"/> a window's sets), the agents on a frozen duty in the set.</summary>
        public Dictionary<(int Class, int Set), int> Busy(Func<int, IEnumerable<int>> setsOf)
        {
            var busy = new Dictionary<(int Class, int Set), int>();
            var seen = new HashSet<int>();
            var agent = -1;
            foreach (var (a, w) in duties)
            {
                if (a != agent)
                {
                    agent = a;
                    seen.Clear();
                }

                foreach (var set in setsOf(w))
                {
                    if (seen.Add(set))
                    {
                        busy[(classOf[a], set)] = busy.GetValueOrDefault((classOf[a], set)) + 1;
                    }
                }
            }

            return busy;
        }

        /// <summary>The class's frozen duties starting in <paramref name="count"/> days from <paramref name="first"/>, each weighed by <paramref name="weight"/>.</summary>
        public long Load(int cls, int first, int count, Func<int, long> weight)
        {
            long load = 0;
            for (var day = Math.Max(0, first); day < Math.Min(days, first + count); day++)
            {
                if (byDay.TryGetValue((cls, day), out var windows))
                {
                    foreach (var w in windows)
                    {
                        load += weight(w);
                    }
                }
            }

            return load;
        }
    }

    /// <summary>Dinic's maximum flow over integer capacities, reused from group to group.</summary>
    private sealed class MaxFlow
    {
        private readonly List<int> to = [];
        private readonly List<long> capacity = [];
        private readonly List<List<int>> edges = [];
        private int[] level = [];
        private int[] cursor = [];

        public void Reset(int expected)
        {
            to.Clear();
            capacity.Clear();
            edges.Clear();
            edges.Capacity = Math.Max(edges.Capacity, expected);
            AddNode();
            AddNode();
        }

        public int AddNode()
        {
            edges.Add([]);
            return edges.Count - 1;
        }

        public void AddEdge(int from, int toNode, long cap)
        {
            edges[from].Add(to.Count);
            to.Add(toNode);
            capacity.Add(cap);
            edges[toNode].Add(to.Count);
            to.Add(from);
            capacity.Add(0);
        }

        public long Run(int source, int sink)
        {
            long total = 0;
            level = new int[edges.Count];
            cursor = new int[edges.Count];
            while (Levels(source, sink))
            {
                Array.Clear(cursor);
                long pushed;
                while ((pushed = Push(source, sink, long.MaxValue)) > 0)
                {
                    total += pushed;
                }
            }

            return total;
        }

        private bool Levels(int source, int sink)
        {
            Array.Fill(level, -1);
            level[source] = 0;
            var queue = new Queue<int>();
            queue.Enqueue(source);
            while (queue.Count > 0)
            {
                var v = queue.Dequeue();
                foreach (var e in edges[v])
                {
                    if (capacity[e] > 0 && level[to[e]] < 0)
                    {
                        level[to[e]] = level[v] + 1;
                        queue.Enqueue(to[e]);
                    }
                }
            }

            return level[sink] >= 0;
        }

        private long Push(int v, int sink, long limit)
        {
            if (v == sink)
            {
                return limit;
            }

            var list = edges[v];
            for (; cursor[v] < list.Count; cursor[v]++)
            {
                var e = list[cursor[v]];
                var w = to[e];
                if (capacity[e] > 0 && level[w] == level[v] + 1)
                {
                    var pushed = Push(w, sink, Math.Min(limit, capacity[e]));
                    if (pushed > 0)
                    {
                        capacity[e] -= pushed;
                        capacity[e ^ 1] += pushed;
                        return pushed;
                    }
                }
            }

            return 0;
        }
    }
}
