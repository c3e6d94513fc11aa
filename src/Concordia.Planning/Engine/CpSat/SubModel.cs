using Google.OrTools.Sat;

namespace Concordia.Planning.Engine.CpSat;

/// <summary>
/// A CP-SAT model of a neighbourhood of a plan: the free agents' duties on the free days (at the free sites) are
/// variables, everything else is fixed at the current plan and enters as constants. Hard rules are constraints,
/// so a solution keeps every binding rule the free part can keep. With every agent and day free it is the plain
/// CP-SAT formulation of the whole problem (the benchmark baseline).
/// </summary>
internal sealed class SubModel : CpSatModel
{
    private readonly Solution s;
    private readonly Neighbourhood n;

    /// <summary>A model of <paramref name="neighbourhood"/> of the plan <paramref name="current"/>; with <paramref name="everyCell"/>
    /// cell rules are stated at every cell, not only where the model has choices (the whole problem's model).</summary>
    public SubModel(CompiledProblem problem, Solution current, Neighbourhood neighbourhood, bool everyCell = false)
        : base(problem, neighbourhood.Agents, neighbourhood.From, neighbourhood.To)
    {
        s = current;
        n = neighbourhood;
        Build(everyCell);
    }

    /// <summary>Whether a duty is decided by this model (a free day, at a free site).</summary>
    public bool InScope(int demand)
    {
        var day = Problem.WinDay[Problem.DemWindow[demand]];
        return day >= From && day <= To && (n.Sites is null || n.Sites[Problem.DemSite[demand]]);
    }

    /// <summary>Writes the solver's answer into the plan: free agents' in-scope duties are replaced.</summary>
    public void Apply(CpSolver solver)
    {
        foreach (var a in n.Agents)
        {
            var duties = s.Duties(a).Where(d => !InScope(d)).Concat(ChosenFor(solver, a)).ToArray();
            Array.Sort(duties, Problem.CompareDuties);
            s.SetDuties(a, duties);
        }
    }

    /// <summary>Restores the free agents' duties saved before <see cref="Apply"/>.</summary>
    public void Restore(Dictionary<int, int[]> saved)
    {
        foreach (var (a, duties) in saved)
        {
            s.SetDuties(a, duties);
        }
    }

    public Dictionary<int, int[]> Save() => n.Agents.ToDictionary(a => a, a => s.Duties(a).ToArray());

    protected override IEnumerable<int> FixedDuties(int agent) => s.Duties(agent).Where(d => !InScope(d));

    protected override IEnumerable<int> Options(int agent, int day) =>
        Problem.DayWindows[day].SelectMany(w => Problem.WindowDemands[w]).Where(InScope);

    protected override bool Current(int agent, int demand) => s.Has(agent, demand);

    protected override PlanCounts CurrentCounts() => s.Counts;
}
