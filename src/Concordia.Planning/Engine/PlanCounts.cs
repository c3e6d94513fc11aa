namespace Concordia.Planning.Engine;

/// <summary>Per-demand, per-cell and per-language-need tallies of a plan, kept up to date by moves.</summary>
internal sealed class PlanCounts
{
    public PlanCounts(CompiledProblem p)
    {
        DemandUnits = new int[p.DemandCount];
        CellHost = new int[p.CellCount];
        CellForeign = new int[p.CellCount];
        NeedSpeakers = new int[p.NeedCell.Length];
        NeedNationals = new int[p.NeedCell.Length];
    }

    public int[] DemandUnits { get; }
    public int[] CellHost { get; }
    public int[] CellForeign { get; }
    public int[] NeedSpeakers { get; }
    public int[] NeedNationals { get; }

    public void CopyFrom(PlanCounts other)
    {
        Array.Copy(other.DemandUnits, DemandUnits, DemandUnits.Length);
        Array.Copy(other.CellHost, CellHost, CellHost.Length);
        Array.Copy(other.CellForeign, CellForeign, CellForeign.Length);
        Array.Copy(other.NeedSpeakers, NeedSpeakers, NeedSpeakers.Length);
        Array.Copy(other.NeedNationals, NeedNationals, NeedNationals.Length);
    }

    /// <summary>Adds (sign +1) or removes (-1) one unit's members on a demand.</summary>
    public void Apply(CompiledProblem p, int agent, int demand, int sign)
    {
        DemandUnits[demand] += sign;
        var cell = p.DemCell[demand];
        var needs = p.CellNeeds[cell];
        foreach (var m in p.AgentMembers[agent])
        {
            if (!p.StaffPerson[m])
            {
                continue;
            }

            if (p.StaffHost[m])
            {
                CellHost[cell] += sign;
            }
            else
            {
                CellForeign[cell] += sign;
            }

            foreach (var n in needs)
            {
                if (Array.IndexOf(p.StaffLanguages[m], p.NeedLanguage[n]) >= 0)
                {
                    NeedSpeakers[n] += sign;
                }

                if (p.NeedCountry[n] >= 0 && p.StaffCountry[m] == p.NeedCountry[n])
                {
                    NeedNationals[n] += sign;
                }
            }
        }
    }
}
