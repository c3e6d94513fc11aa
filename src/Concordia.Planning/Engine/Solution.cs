using System.Runtime.InteropServices;
using Concordia.Planning.Model;
using Concordia.Planning.Rules;

namespace Concordia.Planning.Engine;

/// <summary>
/// A plan under search: each agent's duties (demand indices sorted by window start, then demand), the tallies, and
/// cached scores per agent and rule and per cell, so a move is scored by the rules' incremental evaluations and by
/// re-evaluating only the cells it touches.
/// </summary>
internal sealed class Solution
{
    private readonly CompiledProblem p;
    private readonly StaffRule[] rules;
    private readonly List<int>[] duties;
    private readonly Score[] agentScore;

    /// <summary>Per agent and active staff rule (agent × rules), the rule's score summed over the agent's members.</summary>
    private readonly Score[] ruleScore;
    private readonly Score[] cellScore;
    private int[] scratch = new int[64];

    public Solution(CompiledProblem problem)
    {
        p = problem;
        rules = p.Rules.ActiveStaff;
        duties = new List<int>[p.AgentCount];
        for (var a = 0; a < duties.Length; a++)
        {
            duties[a] = [];
        }

        Counts = new PlanCounts(p);
        agentScore = new Score[p.AgentCount];
        ruleScore = new Score[p.AgentCount * rules.Length];
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
            ScoreAgent(a);
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
        Array.Copy(other.ruleScore, ruleScore, ruleScore.Length);
        Array.Copy(other.cellScore, cellScore, cellScore.Length);
        Total = other.Total;
    }

    /// <summary>The change in total score if <paramref name="agent"/> took <paramref name="demand"/> too.</summary>
    public Score DeltaAdd(int agent, int demand) => AgentDelta(agent, demand, added: true, null) + CellDelta(agent, demand, +1);

    /// <summary>The change in total score if <paramref name="agent"/> gave up <paramref name="demand"/>.</summary>
    public Score DeltaRemove(int agent, int demand) => AgentDelta(agent, demand, added: false, null) + CellDelta(agent, demand, -1);

    public void Add(int agent, int demand)
    {
        var list = duties[agent];
        var delta = AgentDelta(agent, demand, added: true, ruleScore);
        list.Insert(InsertPosition(list, demand), demand);
        Touch(agent, demand, +1, delta);
    }

    public void Remove(int agent, int demand)
    {
        var delta = AgentDelta(agent, demand, added: false, ruleScore);
        duties[agent].Remove(demand);
        Touch(agent, demand, -1, delta);
    }

    public bool Has(int agent, int demand) => duties[agent].Contains(demand);

    /// <summary>Replaces an agent's duties at once (sorted as duties are), scoring the agent and the touched cells once.</summary>
    public void SetDuties(int agent, ReadOnlySpan<int> sorted)
    {
        var list = duties[agent];
        var touched = new HashSet<int>();
        foreach (var d in list)
        {
            Counts.Apply(p, agent, d, -1);
            touched.Add(p.DemCell[d]);
        }

        list.Clear();
        foreach (var d in sorted)
        {
            list.Add(d);
            Counts.Apply(p, agent, d, +1);
            touched.Add(p.DemCell[d]);
        }

        var before = agentScore[agent];
        ScoreAgent(agent);
        var total = Total + (agentScore[agent] - before);
        foreach (var c in touched)
        {
            var score = Evaluator.Cell(p, c, Counts);
            total += score - cellScore[c];
            cellScore[c] = score;
        }

        Total = total;
    }

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
            list.Sort(p.CompareDuties);
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

    /// <summary>Scores every active staff rule for the agent's members from scratch.</summary>
    private void ScoreAgent(int agent)
    {
        var span = CollectionsMarshal.AsSpan(duties[agent]);
        var total = Score.Zero;
        for (var r = 0; r < rules.Length; r++)
        {
            var score = Score.Zero;
            foreach (var m in p.AgentMembers[agent])
            {
                score += rules[r].Evaluate(p, m, span, null);
            }

            ruleScore[(agent * rules.Length) + r] = score;
            total += score;
        }

        agentScore[agent] = total;
    }

    /// <summary>
    /// The agent's score change when the demand is added or removed: each rule's incremental evaluation, or, for a
    /// rule without one, the rule evaluated on the new schedule against its cached score. With
    /// <paramref name="update"/> the cache takes the new per-rule scores.
    /// </summary>
    private Score AgentDelta(int agent, int demand, bool added, Score[]? update)
    {
        var list = duties[agent];
        var before = CollectionsMarshal.AsSpan(list);
        var after = Span<int>.Empty;
        var afterBuilt = false;
        var total = Score.Zero;
        for (var r = 0; r < rules.Length; r++)
        {
            var rule = rules[r];
            var delta = Score.Zero;
            var local = true;
            foreach (var m in p.AgentMembers[agent])
            {
                if (rule.Delta(p, m, before, demand, added) is { } d)
                {
                    delta += d;
                }
                else
                {
                    local = false;
                    break;
                }
            }

            if (!local)
            {
                if (!afterBuilt)
                {
                    after = After(list, demand, added);
                    afterBuilt = true;
                }

                var score = Score.Zero;
                foreach (var m in p.AgentMembers[agent])
                {
                    score += rule.Evaluate(p, m, after, null);
                }

                delta = score - ruleScore[(agent * rules.Length) + r];
            }

            if (update is not null)
            {
                update[(agent * rules.Length) + r] += delta;
            }

            total += delta;
        }

        return total;
    }

    /// <summary>The agent's duties after the change, in the scratch buffer.</summary>
    private Span<int> After(List<int> list, int demand, bool added)
    {
        var span = Scratch(list.Count + 1);
        var n = 0;
        if (added)
        {
            var at = InsertPosition(list, demand);
            for (var i = 0; i <= list.Count; i++)
            {
                span[n++] = i == at ? demand : list[i < at ? i : i - 1];
            }
        }
        else
        {
            foreach (var d in list)
            {
                if (d != demand)
                {
                    span[n++] = d;
                }
            }
        }

        return span[..n];
    }

    private void Touch(int agent, int demand, int sign, Score agentDelta)
    {
        var cell = p.DemCell[demand];
        Counts.Apply(p, agent, demand, sign);
        var newCell = Evaluator.Cell(p, cell, Counts);
        Total = Total + agentDelta + (newCell - cellScore[cell]);
        agentScore[agent] += agentDelta;
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
        var i = list.Count;
        while (i > 0 && p.CompareDuties(list[i - 1], demand) > 0)
        {
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
