namespace Concordia.Planning.Engine.Roster;

/// <summary>
/// A roster under search: each agent's choice per day (a demand, or -1 for off), and the plan it makes, scored by
/// the rules themselves (<see cref="Solution"/>). Changes are gathered per agent and scored when the score is read.
/// </summary>
internal sealed class RosterState
{
    private readonly RosterInstance r;
    private readonly Solution plan;
    private readonly HashSet<int> changed = [];

    public RosterState(RosterInstance instance)
    {
        r = instance;
        Choice = new int[r.Agents][];
        for (var a = 0; a < r.Agents; a++)
        {
            Choice[a] = new int[r.Days];
            Array.Fill(Choice[a], -1);
        }

        plan = new Solution(r.P);
    }

    /// <summary>Per agent and day, the demand worked or -1.</summary>
    public int[][] Choice { get; }

    /// <summary>The roster as a plan, with every change so far scored.</summary>
    public Solution Plan
    {
        get
        {
            Commit();
            return plan;
        }
    }

    public Score Score => Plan.Total;

    /// <summary>Agents whose schedules break a hard rule.</summary>
    public int InfeasibleCount
    {
        get
        {
            var n = 0;
            for (var a = 0; a < r.Agents; a++)
            {
                n += Plan.AgentScore(a).Hard > 0 ? 1 : 0;
            }

            return n;
        }
    }

    public bool Feasible(int agent) => Plan.AgentScore(agent).Hard == 0;

    public void Set(int agent, int day, int demand)
    {
        if (Choice[agent][day] != demand)
        {
            Choice[agent][day] = demand;
            changed.Add(agent);
        }
    }

    public void CopyFrom(RosterState other)
    {
        for (var a = 0; a < r.Agents; a++)
        {
            Array.Copy(other.Choice[a], Choice[a], r.Days);
        }

        plan.CopyFrom(other.Plan);
        changed.Clear();
    }

    /// <summary>Reads a plan.</summary>
    public void Load(Solution s)
    {
        for (var a = 0; a < r.Agents; a++)
        {
            Array.Fill(Choice[a], -1);
            foreach (var d in s.Duties(a))
            {
                Choice[a][r.DayOf(d)] = d;
            }
        }

        plan.CopyFrom(s);
        changed.Clear();
    }

    /// <summary>A copy of the roster as a plan.</summary>
    public Solution ToSolution()
    {
        var s = new Solution(r.P);
        s.CopyFrom(Plan);
        return s;
    }

    private void Commit()
    {
        foreach (var a in changed)
        {
            plan.SetDuties(a, Choice[a].Where(d => d >= 0).ToArray());
        }

        changed.Clear();
    }
}
