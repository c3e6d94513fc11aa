using Concordia.Planning.Engine.CpSat;
using Google.OrTools.Sat;

namespace Concordia.Planning.Engine.Roster;

/// <summary>
/// The CP-SAT model of a roster neighbourhood: the free agents' choices on days From..To are variables, the rest
/// of the roster is constant. Staff rules are constraints (a solution is feasible by construction), cover is a
/// linear slack with the demand's weights, requests are linear in the choices. With every agent and day free it
/// is the whole instance. The model's objective differs from the roster's only by a constant, so a solution that
/// lowers it lowers the roster's.
/// </summary>
internal sealed partial class RosterModel
{
    private readonly RosterInstance r;
    private readonly RosterState s;
    private readonly int[] agents;
    private readonly bool[] free;
    private readonly int from;
    private readonly int to;
    private readonly LinearExprBuilder objective = LinearExpr.NewBuilder();
    private readonly List<(IntVar Var, long Value)> hints = [];

    /// <summary>Per free agent (in <see cref="agents"/> order), day offset from <see cref="from"/> and option.</summary>
    private readonly BoolVar[][][] x;

    /// <summary>Per free agent and day offset, whether the day is worked (a variable, or false with no options).</summary>
    private readonly Lit[][] work;

    public RosterModel(RosterInstance instance, RosterState state, int[] freeAgents, int fromDay, int toDay)
    {
        r = instance;
        s = state;
        agents = freeAgents;
        from = Math.Max(0, fromDay);
        to = Math.Min(r.Days - 1, toDay);
        free = new bool[r.Agents];
        x = new BoolVar[agents.Length][][];
        work = new Lit[agents.Length][];
        for (var k = 0; k < agents.Length; k++)
        {
            free[agents[k]] = true;
            BuildChoices(k);
        }

        for (var k = 0; k < agents.Length; k++)
        {
            AddSuccessions(k);
            AddRuns(k);
            AddWeekends(k);
            AddTotals(k);
        }

        AddCover();
        Model.Minimize(objective);
    }

    public CpModel Model { get; } = new();

    public int VariableCount { get; private set; }

    /// <summary>Whether a fixed part of the roster already breaks a rule, so the model has no solution.</summary>
    public bool Contradicted { get; private set; }

    /// <summary>Hints the current roster, which is a solution of the model whenever the free agents are feasible.</summary>
    public void Hint()
    {
        foreach (var (v, value) in hints)
        {
            Model.AddHint(v, value);
        }
    }

    /// <summary>Writes the solver's choices for the free agents and days into the roster.</summary>
    public void Apply(CpSolver solver)
    {
        for (var k = 0; k < agents.Length; k++)
        {
            var a = agents[k];
            for (var day = from; day <= to; day++)
            {
                var opts = r.Options[a][day];
                var chosen = -1;
                for (var i = 0; i < opts.Length; i++)
                {
                    if (solver.BooleanValue(x[k][day - from][i]))
                    {
                        chosen = opts[i];
                    }
                }

                s.Set(a, day, chosen);
            }

            // Over the whole horizon every rule of the agent is a constraint; over part of it, only those touching it.
            if (from == 0 && to == r.Days - 1)
            {
                s.Feasible[a] = true;
            }
        }
    }

    private void BuildChoices(int k)
    {
        var a = agents[k];
        x[k] = new BoolVar[to - from + 1][];
        work[k] = new Lit[to - from + 1];
        for (var day = from; day <= to; day++)
        {
            var opts = r.Options[a][day];
            var vars = new BoolVar[opts.Length];
            for (var i = 0; i < opts.Length; i++)
            {
                vars[i] = Model.NewBoolVar("");
                hints.Add((vars[i], s.Choice[a][day] == opts[i] ? 1 : 0));
                var cost = r.OptionCost[a][day][i];
                if (cost != 0)
                {
                    objective.AddTerm(vars[i], cost);
                }
            }

            VariableCount += vars.Length;
            x[k][day - from] = vars;
            if (vars.Length == 0)
            {
                work[k][day - from] = Lit.False;
            }
            else if (vars.Length == 1)
            {
                work[k][day - from] = new Lit(vars[0], false);
            }
            else
            {
                var w = Model.NewBoolVar("");
                Model.Add(LinearExpr.Sum(vars) == w);
                hints.Add((w, s.Choice[a][day] >= 0 ? 1 : 0));
                work[k][day - from] = new Lit(w, false);
            }
        }
    }

    /// <summary>Whether free agent <paramref name="k"/> works <paramref name="day"/>: a variable inside the range, else the roster.</summary>
    private Lit Work(int k, int day)
    {
        if (day < 0 || day >= r.Days)
        {
            return Lit.False;
        }

        return day >= from && day <= to ? work[k][day - from] : s.Choice[agents[k]][day] >= 0 ? Lit.True : Lit.False;
    }

    /// <summary>
    /// Adds "at least one of these literals" (each negated or not); constants are folded, and a clause that
    /// constants already falsify makes the model contradicted.
    /// </summary>
    private void Clause(params (Lit Lit, bool Positive)[] terms)
    {
        var lits = new List<ILiteral>(terms.Length);
        foreach (var (l, positive) in terms)
        {
            if (l.IsConst)
            {
                if (l.Const == positive)
                {
                    return;
                }

                continue;
            }

            lits.Add(positive ? l.Var! : l.Var!.Not());
        }

        if (lits.Count == 0)
        {
            Contradicted = true;
            return;
        }

        Model.AddBoolOr(lits);
    }

    private void AddCover()
    {
        var byDemand = new Dictionary<int, List<BoolVar>>();
        var freeUnits = new Dictionary<int, int>();
        for (var k = 0; k < agents.Length; k++)
        {
            var a = agents[k];
            for (var day = from; day <= to; day++)
            {
                var opts = r.Options[a][day];
                for (var i = 0; i < opts.Length; i++)
                {
                    (byDemand.TryGetValue(opts[i], out var list) ? list : byDemand[opts[i]] = []).Add(x[k][day - from][i]);
                }

                if (s.Choice[a][day] >= 0)
                {
                    freeUnits[s.Choice[a][day]] = freeUnits.GetValueOrDefault(s.Choice[a][day]) + 1;
                }
            }
        }

        foreach (var (d, vars) in byDemand.OrderBy(e => e.Key))
        {
            var fixedUnits = s.Units[d] - freeUnits.GetValueOrDefault(d);
            var req = r.P.DemRequired[d];
            var units = LinearExpr.Sum(vars) + fixedUnits;
            if (r.CoverageOn && req > fixedUnits)
            {
                var under = Model.NewIntVar(0, req - fixedUnits, "");
                Model.Add(units + under >= req);
                objective.AddTerm(under, r.P.DemUnder[d]);
                hints.Add((under, Math.Max(0, req - s.Units[d])));
            }

            if (r.OverCoverOn && fixedUnits + vars.Count > req)
            {
                var over = Model.NewIntVar(0, fixedUnits + vars.Count - req, "");
                Model.Add(units - over <= req);
                objective.AddTerm(over, r.P.DemOver[d]);
                hints.Add((over, Math.Max(0, s.Units[d] - req)));
            }
        }
    }
}
