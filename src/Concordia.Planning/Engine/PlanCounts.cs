namespace Concordia.Planning.Engine;

/// <summary>
/// Per-demand, per-cell and per-language-need tallies of a plan, kept up to date by moves. What each agent brings
/// (units, host and foreign persons, speakers, nationals) is the compiled problem's; cell rules read only these.
/// </summary>
internal sealed class PlanCounts
{
    private readonly int groups;

    public PlanCounts(CompiledProblem p)
    {
        DemandUnits = new int[p.DemandCount];
        CellHost = new int[p.CellCount];
        CellForeign = new int[p.CellCount];
        CellHostsNeeded = new int[p.CellCount];
        CellWithPowers = new int[p.CellCount];
        CellNoPowers = new int[p.CellCount];
        groups = p.CommandGroupCount;
        CommandMembers = new int[p.CellCount * groups];
        CommandLeaders = new int[p.CellCount * groups];
        CellUnled = groups == 0 ? [] : new int[p.CellCount];
        NeedSpeakers = new int[p.NeedCell.Length];
        NeedNationals = new int[p.NeedCell.Length];
    }

    public int[] DemandUnits { get; }
    public int[] CellHost { get; }
    public int[] CellForeign { get; }

    /// <summary>Host officers the foreign persons at a cell need alongside them.</summary>
    public int[] CellHostsNeeded { get; }

    /// <summary>Persons at a cell with, and without, executive powers.</summary>
    public int[] CellWithPowers { get; }
    public int[] CellNoPowers { get; }

    /// <summary>
    /// Own command, per cell and command group (index <c>cell × groups + group</c>): the persons serving under the
    /// group's leader, and the leader, at the cell. Empty when nobody serves under own command.
    /// </summary>
    public int[] CommandMembers { get; }
    public int[] CommandLeaders { get; }

    /// <summary>Per cell, the persons under own command there whose leader is not (empty when nobody serves under own command).</summary>
    public int[] CellUnled { get; }
    public int[] NeedSpeakers { get; }
    public int[] NeedNationals { get; }

    public void CopyFrom(PlanCounts other)
    {
        Array.Copy(other.DemandUnits, DemandUnits, DemandUnits.Length);
        Array.Copy(other.CellHost, CellHost, CellHost.Length);
        Array.Copy(other.CellForeign, CellForeign, CellForeign.Length);
        Array.Copy(other.CellHostsNeeded, CellHostsNeeded, CellHostsNeeded.Length);
        Array.Copy(other.CellWithPowers, CellWithPowers, CellWithPowers.Length);
        Array.Copy(other.CellNoPowers, CellNoPowers, CellNoPowers.Length);
        Array.Copy(other.CommandMembers, CommandMembers, CommandMembers.Length);
        Array.Copy(other.CommandLeaders, CommandLeaders, CommandLeaders.Length);
        Array.Copy(other.CellUnled, CellUnled, CellUnled.Length);
        Array.Copy(other.NeedSpeakers, NeedSpeakers, NeedSpeakers.Length);
        Array.Copy(other.NeedNationals, NeedNationals, NeedNationals.Length);
    }

    /// <summary>Adds (sign +1) or removes (-1) one unit on a demand.</summary>
    public void Apply(CompiledProblem p, int agent, int demand, int sign)
    {
        DemandUnits[demand] += sign;
        var cell = p.DemCell[demand];
        CellHost[cell] += sign * p.AgentHost[agent];
        CellForeign[cell] += sign * p.AgentForeign[agent];
        CellHostsNeeded[cell] += sign * p.AgentHostsNeeded[agent];
        CellWithPowers[cell] += sign * p.AgentWithPowers[agent];
        CellNoPowers[cell] += sign * p.AgentNoPowers[agent];
        foreach (var (group, members, leaders) in p.AgentCommand[agent])
        {
            AddCommand(cell, group, sign * members, sign * leaders);
        }

        foreach (var n in p.CellNeeds[cell])
        {
            NeedSpeakers[n] += sign * p.AgentSpeakers(agent, p.NeedLanguage[n]);
            if (p.NeedCountry[n] >= 0)
            {
                NeedNationals[n] += sign * p.AgentNationals(agent, p.NeedCountry[n]);
            }
        }
    }

    /// <summary>Adds persons serving under a group's leader, and the leader, at a cell; keeps the cell's count of those without their leader.</summary>
    public void AddCommand(int cell, int group, int members, int leaders)
    {
        var i = (cell * groups) + group;
        var before = CommandLeaders[i] == 0 ? CommandMembers[i] : 0;
        CommandMembers[i] += members;
        CommandLeaders[i] += leaders;
        CellUnled[cell] += (CommandLeaders[i] == 0 ? CommandMembers[i] : 0) - before;
    }
}
