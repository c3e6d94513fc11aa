using Concordia.Planning.Model;

namespace Concordia.Planning.Engine;

/// <summary>
/// A plan under search: each agent's duties (demand indices sorted by window start), the tallies, and cached
/// scores per agent and per cell so a move is scored by re-evaluating only what it touches.
/// </summary>
internal sealed class Solution
{
    private readonly CompiledProblem p;
    private readonly List<int>[] duties;
    private readonly Score[] agentScore;
    private readonly Score[] cellScore;
    private int[] scratch = new int[64];

    public Solution(CompiledProblem problem)
    {
        p = problem;
        duties = new List<int>[p.AgentCount];
        for (var a = 0; a < duties.Length; a++)
        {
            duties[a] = [];
        }

        Counts = new PlanCounts(p);
        agentScore = new Score[p.AgentCount];
        cellScore = new Score[p.CellCount];
        Recompute();
    }

    public Score Total { get; private set; }

    public PlanCounts Counts { get; }

    public CompiledProblem Problem => p;

    public List<int> Duties(int agent) => duties[agent];

    public Score AgentScore(int agent) => agentScore[agent];

    public Score CellScore(int cell) => cellScore[cell];

    public void Recompute()
    {
        var total = Score.Zero;
        for (var a = 0; a < p.AgentCount; a++)
        {
            agentScore[a] = Evaluator.Agent(p, a, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(duties[a]));
            total += agentScore[a];
        }

        for (var c = 0; c < p.CellCount; c++)
        {
            cellScore[c] = Evaluator.Cell(p, c, Counts);
            total += cellScore[c];
        }

        Total = total;
    }

    public void CopyFrom(Solution other)
    {
        for (var a = 0; a < duties.Length; a++)
        {
            duties[a].Clear();
            duties[a].AddRange(other.duties[a]);
        }

        Counts.CopyFrom(other.Counts);
        Array.Copy(other.agentScore, agentScore, agentScore.Length);
        Array.Copy(other.cellScore, cellScore, cellScore.Length);
        Total = other.Total;
    }

    /// <summary>The change in total score if <paramref name="agent"/> took <paramref name="demand"/> too.</summary>
    public Score DeltaAdd(int agent, int demand)
    {
        var list = duties[agent];
        var at = InsertPosition(list, demand);
        var span = Scratch(list.Count + 1);
        for (int i = 0, j = 0; i <= list.Count; i++)
        {
            span[i] = i == at ? demand : list[j++];
        }

        var agentDelta = Evaluator.Agent(p, agent, span[..(list.Count + 1)]) - agentScore[agent];
        return agentDelta + CellDelta(agent, demand, +1);
    }

    /// <summary>The change in total score if <paramref name="agent"/> gave up <paramref name="demand"/>.</summary>
    public Score DeltaRemove(int agent, int demand)
    {
        var list = duties[agent];
        var span = Scratch(list.Count);
        var n = 0;
        foreach (var d in list)
        {
            if (d != demand)
            {
                span[n++] = d;
            }
        }

        var agentDelta = Evaluator.Agent(p, agent, span[..n]) - agentScore[agent];
        return agentDelta + CellDelta(agent, demand, -1);
    }

    public void Add(int agent, int demand)
    {
        var list = duties[agent];
        list.Insert(InsertPosition(list, demand), demand);
        Touch(agent, demand, +1);
    }

    public void Remove(int agent, int demand)
    {
        duties[agent].Remove(demand);
        Touch(agent, demand, -1);
    }

    public bool Has(int agent, int demand) => duties[agent].Contains(demand);

    /// <summary>
    /// Loads many duties at once (a published plan) without scoring each: lists are sorted and every score
    /// recomputed once at the end. Duplicates are skipped.
    /// </summary>
    public void Load(IEnumerable<(int Agent, int Demand)> items)
    {
        foreach (var (a, d) in items)
        {
            if (!duties[a].Contains(d))
            {
                duties[a].Add(d);
                Counts.Apply(p, a, d, +1);
            }
        }

        foreach (var list in duties)
        {
            list.Sort((x, y) => p.WinStart[p.DemWindow[x]] != p.WinStart[p.DemWindow[y]]
                ? p.WinStart[p.DemWindow[x]].CompareTo(p.WinStart[p.DemWindow[y]])
                : x.CompareTo(y));
        }

        Recompute();
    }

    public int AssignmentCount()
    {
        var n = 0;
        for (var a = 0; a < duties.Length; a++)
        {
            n += duties[a].Count * p.AgentMembers[a].Length;
        }

        return n;
    }

    public IReadOnlyList<Assignment> ToAssignments()
    {
        var list = new List<Assignment>(AssignmentCount());
        var src = p.Source;
        for (var a = 0; a < duties.Length; a++)
        {
            foreach (var d in duties[a])
            {
                var dem = src.Demands[d];
                foreach (var m in p.AgentMembers[a])
                {
                    list.Add(new Assignment(src.Staff[m].Id, dem.SiteId, dem.WindowId, dem.Capability));
                }
            }
        }

        return list;
    }

    private void Touch(int agent, int demand, int sign)
    {
        var cell = p.DemCell[demand];
        Counts.Apply(p, agent, demand, sign);
        var newAgent = Evaluator.Agent(p, agent, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(duties[agent]));
        var newCell = Evaluator.Cell(p, cell, Counts);
        Total = Total + (newAgent - agentScore[agent]) + (newCell - cellScore[cell]);
        agentScore[agent] = newAgent;
        cellScore[cell] = newCell;
    }

    private Score CellDelta(int agent, int demand, int sign)
    {
        var cell = p.DemCell[demand];
        Counts.Apply(p, agent, demand, sign);
        var after = Evaluator.Cell(p, cell, Counts);
        Counts.Apply(p, agent, demand, -sign);
        return after - cellScore[cell];
    }

    private int InsertPosition(List<int> list, int demand)
    {
        var start = p.WinStart[p.DemWindow[demand]];
        var i = list.Count;
        while (i > 0)
        {
            var prev = list[i - 1];
            var ps = p.WinStart[p.DemWindow[prev]];
            if (ps < start || (ps == start && prev < demand))
            {
                break;
            }

            i--;
        }

        return i;
    }

    private Span<int> Scratch(int length)
    {
        if (scratch.Length < length)
        {
            scratch = new int[length * 2];
        }

        return scratch.AsSpan(0, length);
    }
}
