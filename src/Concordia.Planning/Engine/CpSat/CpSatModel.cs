using Concordia.Planning.Rules;
using Concordia.Planning.Rules.Encoding;
using Google.OrTools.Sat;
using Term = Concordia.Planning.Rules.Encoding.Term;

namespace Concordia.Planning.Engine.CpSat;

/// <summary>
/// What both CP-SAT models share: one Boolean variable per duty a free agent may take on a free day (capability and
/// binding rules' <c>Allows</c> permitting), at most one per window, the facts rules read (worked windows and days),
/// and the helpers through which every active rule states itself (<see cref="IRuleModel"/>). A subclass says which
/// duties are free and which are fixed, how to hint the current plan and how to write a solution back.
/// </summary>
internal abstract class CpSatModel : IRuleModel
{
    private readonly Dictionary<int, List<Choice>> choices = [];
    private readonly Dictionary<int, HashSet<int>> fixedWindows = [];
    private readonly Dictionary<int, HashSet<int>> fixedDays = [];
    private readonly Dictionary<(int Agent, int Window), Lit> windowLits = [];
    private readonly Dictionary<(int Agent, int Day), Lit> dayLits = [];
    private readonly Dictionary<int, List<Choice>> atDemand = [];
    private readonly List<(int Agent, int Demand, BoolVar X)> variables = [];
    private readonly Dictionary<int, long> hintOf = [];
    private readonly List<(IntVar Var, long Value)> hints = [];
    private readonly LinearExprBuilder objective = LinearExpr.NewBuilder();
    private PlanCounts? fixedCounts;

    protected CpSatModel(CompiledProblem problem, int[] agents, int from, int to)
    {
        Problem = problem;
        Agents = agents;
        From = Math.Max(0, from);
        To = Math.Min(problem.Days - 1, to);
    }

    public CompiledProblem Problem { get; }

    public int From { get; }

    public int To { get; }

    public IReadOnlyList<int> Agents { get; }

    public CpModel Model { get; } = new();

    public int VariableCount => variables.Count;

    /// <summary>The variables, one per duty a free agent may take on a free day.</summary>
    public IReadOnlyList<(int Agent, int Demand, BoolVar X)> Variables => variables;

    /// <summary>
    /// The score of what no choice of the model changes (violations among constants alone), as far as the model
    /// stated its rules: with every cell stated (<c>everyCell</c>) and every agent free, objective plus this is the
    /// plan's score.
    /// </summary>
    public Score ConstantScore { get; private set; }

    public IReadOnlyCollection<int> OpenDemands => atDemand.Keys;

    public PlanCounts Fixed => fixedCounts ??= FixedCounts();

    public IReadOnlyList<Choice> Choices(int agent) => choices[agent];

    public IReadOnlyList<Choice> AtDemand(int demand) => atDemand.TryGetValue(demand, out var list) ? list : [];

    public Lit Window(int agent, int window) =>
        windowLits.TryGetValue((agent, window), out var lit) ? lit : Lit.Of(fixedWindows[agent].Contains(window));

    public Lit Day(int agent, int day)
    {
        if ((uint)day >= (uint)Problem.Days)
        {
            return Lit.False;
        }

        if (fixedDays[agent].Contains(day))
        {
            return Lit.True;
        }

        if (!dayLits.TryGetValue((agent, day), out var lit))
        {
            var windows = Problem.DayWindows[day].Select(w => Window(agent, w)).ToArray();
            lit = Problem.DayWindowsOverlap[day] ? Exclusive(windows) : Any(windows);
            dayLits[(agent, day)] = lit;
        }

        return lit;
    }

    public Lit Any(IReadOnlyList<Lit> lits)
    {
        var vars = new List<BoolVar>(lits.Count);
        foreach (var l in lits)
        {
            if (l.IsConst)
            {
                if (l.Const)
                {
                    return Lit.True;
                }
            }
            else
            {
                vars.Add(l.Var!);
            }
        }

        if (vars.Count == 0)
        {
            return Lit.False;
        }

        if (vars.Count == 1)
        {
            return new Lit(vars[0], false);
        }

        var any = NewBool(vars.Any(v => HintOf(v) != 0));
        Model.AddMaxEquality(any, vars);
        return new Lit(any, false);
    }

    /// <summary>A fact that holds when one of <paramref name="lits"/> does, which exclude one another (one at a time).</summary>
    private Lit Exclusive(IReadOnlyList<Lit> lits)
    {
        var vars = lits.Where(l => !l.IsConst).Select(l => l.Var!).ToList();
        if (lits.Any(l => l.IsConst && l.Const) || vars.Count <= 1)
        {
            return Any(lits);
        }

        var sum = NewBool(vars.Any(v => HintOf(v) != 0));
        Model.Add(LinearExpr.Sum(vars) == sum);
        return new Lit(sum, false);
    }

    public void Violation(Rule rule, long cost, ReadOnlySpan<(Lit Lit, bool Value)> pattern)
    {
        var clause = new List<ILiteral>(pattern.Length + 1);
        var matches = true;
        foreach (var (lit, value) in pattern)
        {
            if (lit.IsConst)
            {
                if (lit.Const != value)
                {
                    return;
                }

                continue;
            }

            clause.Add(value ? lit.Var!.Not() : lit.Var!);
            matches &= (HintOf(lit.Var!) != 0) == value;
        }

        // Only constants: no choice of this model changes it.
        if (clause.Count == 0)
        {
            Constant(rule, 1, cost);
            return;
        }

        if (rule.Hard)
        {
            Model.AddBoolOr(clause);
        }
        else if (clause.Count == 1)
        {
            // One fact: its cost goes on the fact itself (the clause holds its negation), no extra variable.
            objective.AddTerm(clause[0].Not(), cost);
        }
        else
        {
            var broken = NewBool(matches);
            clause.Add(broken);
            objective.AddTerm(broken, cost);
            Model.AddBoolOr(clause);
        }
    }

    public void AtMostOne(Rule rule, IReadOnlyList<Lit> lits)
    {
        if (!rule.Hard)
        {
            throw new InvalidOperationException($"{rule.Name}: an at-most-one states a hard rule only.");
        }

        var vars = lits.Where(l => !l.IsConst).Select(l => l.Var!).ToList();
        var fixedTrue = lits.Count(l => l.IsConst && l.Const);
        if (fixedTrue > 1)
        {
            Constant(rule, fixedTrue - 1, 0);
        }

        switch (fixedTrue)
        {
            case 0 when vars.Count > 1:
                Model.AddAtMostOne(vars);
                break;
            case 1:
                foreach (var v in vars)
                {
                    Model.AddBoolOr([v.Not()]);
                }

                break;
        }
    }

    public void AtMost(Rule rule, IReadOnlyList<Term> terms, long limit, long unit, long costPerUnit)
    {
        var (expr, constant, hinted, low, high) = Sum(terms);
        if (expr is null)
        {
            Constant(rule, Units(constant - limit, unit), costPerUnit);
            return;
        }

        if (high <= limit)
        {
            return;
        }

        if (rule.Hard)
        {
            // A hard rule the fixed part of the plan already breaks whatever the free choices (officers without powers
            // whom none of the free agents can join) is broken by the least it must be, counted in the constant; the
            // choices may not break it more.
            var unavoidable = Units(low - limit, unit);
            Constant(rule, unavoidable, costPerUnit);
            Model.Add(expr <= limit - constant + (unit * unavoidable));
            return;
        }

        var excess = NewInt(Units(high - limit, unit), Units(hinted - limit, unit));
        Model.Add(expr - (unit * excess) <= limit - constant);
        objective.AddTerm(excess, costPerUnit);
    }

    public void AtLeast(Rule rule, IReadOnlyList<Term> terms, long limit, long unit, long costPerUnit)
    {
        var (expr, constant, hinted, low, high) = Sum(terms);
        if (expr is null)
        {
            Constant(rule, Units(limit - constant, unit), costPerUnit);
            return;
        }

        if (low >= limit)
        {
            return;
        }

        if (rule.Hard)
        {
            // As in AtMost: a shortfall no free choice can make up is counted in the constant, and not made deeper.
            var unavoidable = Units(limit - high, unit);
            Constant(rule, unavoidable, costPerUnit);
            Model.Add(expr >= limit - constant - (unit * unavoidable));
            return;
        }

        var shortfall = NewInt(Units(limit - low, unit), Units(limit - hinted, unit));
        Model.Add(expr + (unit * shortfall) >= limit - constant);
        objective.AddTerm(shortfall, costPerUnit);
    }

    /// <summary>Hints the current plan: every variable, auxiliary ones included, at its value there.</summary>
    public void Hint()
    {
        foreach (var (v, value) in hints)
        {
            Model.AddHint(v, value);
        }
    }

    /// <summary>The duties a solution (final or intermediate) sets, as agent and demand pairs.</summary>
    public IEnumerable<(int Agent, int Demand)> Chosen(Func<BoolVar, bool> value) =>
        variables.Where(x => value(x.X)).Select(x => (x.Agent, x.Demand));

    /// <summary>The duties the agent has in the model's solution on the free days.</summary>
    protected IEnumerable<int> ChosenFor(CpSolver solver, int agent) =>
        choices[agent].Where(c => !c.Lit.IsConst && solver.BooleanValue(c.Lit.Var!)).Select(c => c.Demand);

    /// <summary>The agent's duties that the model does not decide.</summary>
    protected abstract IEnumerable<int> FixedDuties(int agent);

    /// <summary>The duties the model may give the agent on a free day (before capability and binding rules are applied).</summary>
    protected abstract IEnumerable<int> Options(int agent, int day);

    /// <summary>Whether the current plan gives the agent the duty (for hints).</summary>
    protected abstract bool Current(int agent, int demand);

    /// <summary>The current plan's tallies.</summary>
    protected abstract PlanCounts CurrentCounts();

    /// <summary>
    /// Creates the variables and states every active rule; subclasses call it once their own fields are set. Cell
    /// rules are stated where the model has choices, or at every cell with <paramref name="everyCell"/>; with
    /// <paramref name="cells"/> false, not at all (one agent's own rules only).
    /// </summary>
    protected void Build(bool everyCell = false, bool cells = true)
    {
        var p = Problem;
        foreach (var a in Agents)
        {
            var list = new List<Choice>();
            var windows = new HashSet<int>();
            var days = new HashSet<int>();
            foreach (var d in FixedDuties(a))
            {
                list.Add(new Choice(a, d, Lit.True));
                windows.Add(p.DemWindow[d]);
                days.Add(p.WinDay[p.DemWindow[d]]);
            }

            fixedWindows[a] = windows;
            fixedDays[a] = days;
            for (var day = From; day <= To; day++)
            {
                foreach (var byWindow in Options(a, day).Where(d => p.AgentHasCap(a, p.DemCap[d]) && p.Rules.Allows(p, a, d)).GroupBy(d => p.DemWindow[d]))
                {
                    // A member works at most one demand of a window; a window the fixed plan fills is taken.
                    if (windows.Contains(byWindow.Key))
                    {
                        continue;
                    }

                    var vars = new List<BoolVar>();
                    foreach (var d in byWindow)
                    {
                        var x = NewBool(Current(a, d));
                        variables.Add((a, d, x));
                        var choice = new Choice(a, d, new Lit(x, false));
                        list.Add(choice);
                        (atDemand.TryGetValue(d, out var at) ? at : atDemand[d] = []).Add(choice);
                        vars.Add(x);
                    }

                    if (vars.Count == 1)
                    {
                        windowLits[(a, byWindow.Key)] = new Lit(vars[0], false);
                    }
                    else
                    {
                        var worked = NewBool(vars.Any(v => HintOf(v) != 0));
                        Model.Add(LinearExpr.Sum(vars) == worked);
                        windowLits[(a, byWindow.Key)] = new Lit(worked, false);
                    }
                }
            }

            list.Sort((x, y) => p.CompareDuties(x.Demand, y.Demand));
            choices[a] = list;
        }

        foreach (var rule in p.Rules.ActiveStaff)
        {
            foreach (var a in Agents)
            {
                rule.Encode(this, a);
            }
        }

        var stated = !cells ? [] : everyCell ? Enumerable.Range(0, p.CellCount) : atDemand.Keys.Select(d => p.DemCell[d]).Distinct().Order();
        foreach (var cell in stated)
        {
            foreach (var rule in p.Rules.ActiveCells)
            {
                rule.Encode(this, cell);
            }
        }

        Model.Minimize(objective);
    }

    /// <summary>The current tallies without the free agents' duties on the free days.</summary>
    private PlanCounts FixedCounts()
    {
        var counts = new PlanCounts(Problem);
        counts.CopyFrom(CurrentCounts());
        foreach (var (a, d, _) in variables)
        {
            if (Current(a, d))
            {
                counts.Apply(Problem, a, d, -1);
            }
        }

        return counts;
    }

    private (LinearExpr? Expr, long Constant, long Hinted, long Low, long High) Sum(IReadOnlyList<Term> terms)
    {
        var expr = LinearExpr.NewBuilder();
        long constant = 0, hinted = 0, low = 0, high = 0;
        var any = false;
        foreach (var t in terms)
        {
            if (t.Lit.IsConst)
            {
                constant += t.Lit.Const ? t.Coeff : 0;
                continue;
            }

            if (t.Coeff == 0)
            {
                continue;
            }

            any = true;
            expr.AddTerm(t.Lit.Var!, t.Coeff);
            hinted += HintOf(t.Lit.Var!) * t.Coeff;
            (t.Coeff > 0 ? ref high : ref low) += t.Coeff;
        }

        return (any ? expr : null, constant, constant + hinted, constant + low, constant + high);
    }

    private void Constant(Rule rule, long units, long costPerUnit)
    {
        if (units > 0)
        {
            ConstantScore += rule.Hard ? new Score(units, 0) : new Score(0, units * costPerUnit);
        }
    }

    private static long Units(long amount, long unit) => amount <= 0 ? 0 : (amount + unit - 1) / unit;

    private BoolVar NewBool(bool hint)
    {
        var v = Model.NewBoolVar("");
        hintOf[v.GetIndex()] = hint ? 1 : 0;
        hints.Add((v, hint ? 1 : 0));
        return v;
    }

    private IntVar NewInt(long upper, long hint)
    {
        var v = Model.NewIntVar(0, upper, "");
        hints.Add((v, Math.Clamp(hint, 0, upper)));
        return v;
    }

    private long HintOf(BoolVar v) => hintOf.TryGetValue(v.GetIndex(), out var h) ? h : 0;
}
