namespace Concordia.Planning.Engine.Roster;

/// <summary>
/// A roster under search: each agent's choice per day (a demand, or -1 for off), units per demand, and the
/// objective (cover plus requests) kept exact by every change. The validator scores the final plan again.
/// </summary>
internal sealed class RosterState
{
    private readonly RosterInstance r;

    public RosterState(RosterInstance instance)
    {
        r = instance;
        Choice = new int[r.Agents][];
        for (var a = 0; a < r.Agents; a++)
        {
            Choice[a] = new int[r.Days];
            Array.Fill(Choice[a], -1);
        }

        Units = new int[r.P.DemandCount];
        Feasible = new bool[r.Agents];
        Recompute();
    }

    /// <summary>Per agent and day, the demand worked or -1.</summary>
    public int[][] Choice { get; }

    public int[] Units { get; }

    /// <summary>Whether each agent's schedule keeps every staff rule (as the rules themselves judge).</summary>
    public bool[] Feasible { get; }

    public long Objective { get; private set; }

    public int InfeasibleCount => Feasible.Count(f => !f);

    public void Set(int agent, int day, int demand)
    {
        var old = Choice[agent][day];
        if (old == demand)
        {
            return;
        }

        if (old >= 0)
        {
            Objective -= OptionCost(agent, day, old) + r.CoverCost(old, Units[old]) - r.CoverCost(old, Units[old] - 1);
            Units[old]--;
        }

        if (demand >= 0)
        {
            Objective += OptionCost(agent, day, demand) + r.CoverCost(demand, Units[demand] + 1) - r.CoverCost(demand, Units[demand]);
            Units[demand]++;
        }

        Choice[agent][day] = demand;
    }

    public void CopyFrom(RosterState other)
    {
        for (var a = 0; a < r.Agents; a++)
        {
            Array.Copy(other.Choice[a], Choice[a], r.Days);
        }

        Array.Copy(other.Units, Units, Units.Length);
        Array.Copy(other.Feasible, Feasible, Feasible.Length);
        Objective = other.Objective;
    }

    /// <summary>Reads a plan, noting the agents whose schedules break a staff rule.</summary>
    public void Load(Solution s)
    {
        for (var a = 0; a < r.Agents; a++)
        {
            Array.Fill(Choice[a], -1);
            foreach (var d in s.Duties(a))
            {
                Choice[a][r.DayOf(d)] = d;
            }

            Feasible[a] = s.AgentScore(a).Hard == 0;
        }

        Recompute();
    }

    /// <summary>Re-judges one agent's schedule with the rules themselves.</summary>
    public bool CheckAgent(int agent)
    {
        var duties = new List<int>(r.Days);
        foreach (var d in Choice[agent])
        {
            if (d >= 0)
            {
                duties.Add(d);
            }
        }

        Feasible[agent] = Evaluator.Agent(r.P, agent, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(duties)).Hard == 0;
        return Feasible[agent];
    }

    /// <summary>The roster as a plan, scored by the rules.</summary>
    public Solution ToSolution()
    {
        var items = new List<(int, int)>();
        for (var a = 0; a < r.Agents; a++)
        {
            for (var day = 0; day < r.Days; day++)
            {
                if (Choice[a][day] >= 0)
                {
                    items.Add((a, Choice[a][day]));
                }
            }
        }

        var s = new Solution(r.P);
        s.Load(items);
        return s;
    }

    public void Recompute()
    {
        Array.Clear(Units);
        long cost = r.ConstantCost;
        for (var a = 0; a < r.Agents; a++)
        {
            for (var day = 0; day < r.Days; day++)
            {
                var d = Choice[a][day];
                if (d >= 0)
                {
                    Units[d]++;
                    cost += OptionCost(a, day, d);
                }
            }
        }

        for (var d = 0; d < Units.Length; d++)
        {
            cost += r.CoverCost(d, Units[d]);
        }

        Objective = cost;
    }

    private long OptionCost(int agent, int day, int demand)
    {
        var opts = r.Options[agent][day];
        var i = Array.IndexOf(opts, demand);
        return i >= 0 ? r.OptionCost[agent][day][i] : 0;
    }
}
