using System.Diagnostics;
using System.Text;
using Concordia.Planning.Engine;
using Concordia.Planning.Model;

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
    /// Computes the bound. Relaxation: a unit (a person, or a team as one) may serve a demand only when it has the
    /// capability and every binding rule that forbids duties outright allows it (availability with absences, arrival
    /// and departure, days off, armed duty, shift length, shifts of a kind, the frozen horizon); and a unit is in one
    /// place at a time. The windows are split into groups that all share one instant (a clique of the interval
    /// graph, found greedily by earliest end), and in each group a maximum flow gives the most units the eligible
    /// staff can put on its demands, each unit on at most one. The sum over groups is the bound: every plan keeping
    /// the hard rules keeps these constraints, so it covers no more. Everything else (working time across days, rest,
    /// joint patrols, languages, visitors' countries, powers, own command) is left out, so the bound can be loose.
    /// </summary>
    public static CoverageCeiling Compute(PlanningProblem problem) => Compute(new CompiledProblem(problem));

    internal static CoverageCeiling Compute(CompiledProblem p)
    {
        var watch = Stopwatch.StartNew();
        long required = 0;
        for (var d = 0; d < p.DemandCount; d++)
        {
            required += p.DemRequired[d];
        }

        var (classes, size) = ClassesOf(p);
        var eligible = Eligibility(p, classes);
        var groups = GroupsOf(p);
        long coverable = 0;
        var flow = new MaxFlow();
        foreach (var group in groups)
        {
            coverable += GroupFlow(p, group, eligible, size, flow);
        }

        return new CoverageCeiling(required, coverable, groups.Count, classes.Length, watch.Elapsed);
    }

    /// <summary>
    /// Agents that every filtering rule treats alike, as one class with its number of agents: same capabilities and,
    /// member by member, the same fields those rules read (person or dog, armed, availability, days off, longest
    /// shift, shifts per kind, published duties inside the frozen horizon). Returns each class's representative agent.
    /// </summary>
    private static (int[] Representatives, int[] Size) ClassesOf(CompiledProblem p)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var representatives = new List<int>();
        var size = new List<int>();
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
                key.Append(limits.MaxShiftMinutes).Append(':');
                if (limits.MaxShiftsPerKind is { } perKind)
                {
                    key.AppendJoin(',', perKind);
                }

                key.Append(':');
                foreach (var d in p.StaffPublished[m])
                {
                    if (p.WinStart[p.DemWindow[d]] < p.FrozenUntil)
                    {
                        key.Append(d).Append(',');
                    }
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
                index[k] = representatives.Count;
                representatives.Add(a);
                size.Add(1);
            }
        }

        return ([.. representatives], [.. size]);
    }

    /// <summary>Per demand, the classes whose agents may serve it.</summary>
    private static List<int>[] Eligibility(CompiledProblem p, int[] classes)
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
                    if (p.Rules.Allows(p, agent, d))
                    {
                        eligible[d].Add(c);
                    }
                }
            }
        }

        return eligible;
    }

    /// <summary>
    /// The windows split into groups sharing an instant: repeatedly, the open window ending first and every other
    /// open window starting before it ends (all of them contain the minute before that end). An empty window is a
    /// group of its own.
    /// </summary>
    private static List<int[]> GroupsOf(CompiledProblem p)
    {
        var byEnd = Enumerable.Range(0, p.WindowCount).OrderBy(w => p.WinEnd[w]).ThenBy(w => p.WinStart[w]).ToArray();
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
                // Windows are taken in order of end, so every open one ends at or after this end; those starting
                // before it contain its last minute. Skip the already taken ones at the front of the start order.
                while (next < byStart.Length && taken[byStart[next]])
                {
                    next++;
                }

                for (var i = next; i < byStart.Length && p.WinStart[byStart[i]] < p.WinEnd[first]; i++)
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

    /// <summary>The most units the classes can put on a group's demands, each agent on at most one demand.</summary>
    private static long GroupFlow(CompiledProblem p, int[] group, List<int>[] eligible, int[] size, MaxFlow flow)
    {
        var demands = group.SelectMany(w => p.WindowDemands[w]).Where(d => p.DemRequired[d] > 0 && eligible[d].Count > 0).ToArray();
        if (demands.Length == 0)
        {
            return 0;
        }

        if (group.Length == 1 && p.WinEnd[group[0]] <= p.WinStart[group[0]])
        {
            // An empty window overlaps nothing, itself included: each demand on its own.
            return demands.Sum(d => Math.Min(p.DemRequired[d], eligible[d].Sum(c => (long)size[c])));
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
                    flow.AddEdge(0, classNode[c], size[c]);
                }
            }
        }

        for (var i = 0; i < demands.Length; i++)
        {
            var node = flow.AddNode();
            flow.AddEdge(node, 1, p.DemRequired[demands[i]]);
            foreach (var c in eligible[demands[i]])
            {
                flow.AddEdge(classNode[c], node, p.DemRequired[demands[i]]);
            }
        }

        return flow.Run(0, 1);
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
