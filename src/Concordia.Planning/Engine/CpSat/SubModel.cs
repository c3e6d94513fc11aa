using Google.OrTools.Sat;

namespace Concordia.Planning.Engine.CpSat;

/// <summary>
/// A CP-SAT model of a neighbourhood: the free agents' duties on the free days are variables, everything else
/// is fixed at the current plan and enters as constants. With every agent and day free it is the plain
/// CP-SAT formulation of the whole problem (the benchmark baseline). Hard rules become constraints when
/// <c>strict</c>, otherwise heavy penalties, so a sub-model is always feasible from the current plan.
/// </summary>
internal sealed partial class SubModel
{
    public const long HardPenalty = 10_000_000;

    private readonly CompiledProblem p;
    private readonly Solution s;
    private readonly Neighbourhood n;
    private readonly bool strict;
    private readonly CpModel model = new();
    private readonly LinearExprBuilder objective = LinearExpr.NewBuilder();
    private readonly List<(int Agent, int Demand, BoolVar X)> xs = [];
    private readonly Dictionary<int, List<(int Agent, BoolVar X)>> byDemand = [];
    private readonly bool[] isFree;

    public SubModel(CompiledProblem problem, Solution current, Neighbourhood neighbourhood, bool strict)
    {
        p = problem;
        s = current;
        n = neighbourhood;
        this.strict = strict;
        isFree = new bool[p.AgentCount];
        foreach (var a in n.Agents)
        {
            isFree[a] = true;
        }

        foreach (var a in n.Agents)
        {
            BuildAgent(a);
        }

        BuildCells();
        model.Minimize(objective);
    }

    public int VariableCount => xs.Count;

    public CpModel Model => model;

    /// <summary>Whether a duty is decided by this model (free day and site, after the frozen horizon).</summary>
    public bool InScope(int demand)
    {
        var w = p.DemWindow[demand];
        return p.WinDay[w] >= n.From && p.WinDay[w] <= n.To && p.WinStart[w] >= p.FrozenUntil
            && (n.Sites is null || n.Sites[p.DemSite[demand]]);
    }

    public void Hint()
    {
        foreach (var (a, d, x) in xs)
        {
            model.AddHint(x, s.Has(a, d) ? 1 : 0);
        }
    }

    /// <summary>Writes the solver's answer into the plan: free agents' in-scope duties are replaced.</summary>
    public void Apply(CpSolver solver)
    {
        foreach (var a in n.Agents)
        {
            foreach (var d in s.Duties(a).Where(InScope).ToArray())
            {
                s.Remove(a, d);
            }
        }

        foreach (var (a, d, x) in xs)
        {
            if (solver.BooleanValue(x))
            {
                s.Add(a, d);
            }
        }
    }

    /// <summary>The duties a solution (final or intermediate) sets, as agent and demand pairs.</summary>
    public IEnumerable<(int Agent, int Demand)> Chosen(Func<BoolVar, bool> value) =>
        xs.Where(x => value(x.X)).Select(x => (x.Agent, x.Demand));

    /// <summary>Restores the free agents' duties saved before <see cref="Apply"/>.</summary>
    public void Restore(Dictionary<int, int[]> saved)
    {
        foreach (var (a, duties) in saved)
        {
            foreach (var d in s.Duties(a).ToArray())
            {
                s.Remove(a, d);
            }

            foreach (var d in duties)
            {
                s.Add(a, d);
            }
        }
    }

    public Dictionary<int, int[]> Save() => n.Agents.ToDictionary(a => a, a => s.Duties(a).ToArray());

    private void Penalise(LinearExpr amount, Rules.Rule rule, long multiplier = 1)
    {
        if (rule.Hard)
        {
            if (strict)
            {
                model.Add(amount == 0);
            }
            else
            {
                objective.AddTerm(amount, HardPenalty);
            }
        }
        else
        {
            objective.AddTerm(amount, rule.Weight * multiplier);
        }
    }

    private IntVar Excess(string name, long upper) => model.NewIntVar(0, Math.Max(0, upper), name);

    /// <summary>A clause over day facts plus a violation literal; returns false when a constant already satisfies it.</summary>
    private bool Clause(List<ILiteral> lits, Lit l, bool positive)
    {
        if (l.IsConst)
        {
            return l.Const != positive;
        }

        lits.Add(positive ? l.Var! : l.Var!.Not());
        return true;
    }
}
