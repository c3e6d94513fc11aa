using Concordia.Planning.Engine.Roster;
using Concordia.Planning.Rules;
using Google.OrTools.LinearSolver;

namespace Concordia.Planning.Engine.Pricing;

/// <summary>
/// The linear relaxation of a day roster over whole schedules, solved by column generation, and the lower bound it
/// proves. The master chooses a convex mix of schedules per agent (each costing the agent's own soft rules) and pays
/// under- and over-cover per demand; each round prices every agent with the schedule programme (<see cref="ScheduleDp"/>,
/// exactly, or with a beam for agents whose exact programme outgrows its labels) at duals smoothed towards those of the
/// best bound; <see cref="Prove"/>'s rounds price those agents exactly by CP-SAT (<see cref="PricingModel"/>). After
/// any round, the Lagrangian function at the duals priced (demand × dual, plus every agent's cheapest schedule at those
/// duals, or a bound below it from <see cref="ScheduleRelaxation"/> or CP-SAT) bounds every plan's cost from below, so
/// the bound is valid at any stop. Cell rules other than under- and over-cover (languages, joint patrols) are
/// left out of the master: their costs are never negative, so leaving them out only lowers the bound.
/// </summary>
internal sealed class ColumnGeneration : IDisposable
{
    private readonly RosterInstance r;
    private readonly AgentGraph[] graphs;
    private readonly Solver lp;
    private readonly Constraint[] coverRows;
    private readonly Constraint[] agentRows;
    private readonly List<(int Agent, int[] Choice, Variable Var)> columns = [];
    private readonly HashSet<string> known = [];

    /// <summary>Per agent, its relaxation (kept so its multipliers carry over from round to round), made when first needed.</summary>
    private readonly ScheduleRelaxation?[] relaxations;

    /// <summary>Per agent, whether the exact programme ran out of labels once: from then on it is priced with a beam.</summary>
    private readonly bool[] wide;

    /// <summary>Per agent, the schedule a dive fixed it to (<see cref="Dive"/>), or null.</summary>
    private readonly int[]?[] fixedTo;

    /// <summary>Per agent, the last round's cheapest schedule at the duals priced (or a bound below it), and whether it was proven exactly.</summary>
    private readonly double[] cheapest;
    private readonly bool[] proven;

    /// <summary>The cover and agent duals priced last, and those of the best bound (the centre smoothing pulls towards).</summary>
    private double[] pi = [];
    private double[] mu = [];
    private (double[] Pi, double[] Mu)? centre;

    /// <summary>Whether every agent has a first column (<see cref="Run"/> got past them): the master can be solved.</summary>
    private bool seeded;

    /// <summary>When the first round must end, if <see cref="Run"/> was given a time for it.</summary>
    private Deadline? firstRound;

    private ColumnGeneration(RosterInstance r, AgentGraph[] graphs)
    {
        this.r = r;
        this.graphs = graphs;
        var p = r.P;
        lp = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available");
        coverRows = CoverRows(lp, p);
        var objective = lp.Objective();
        agentRows = Enumerable.Range(0, r.Agents).Select(_ => lp.MakeConstraint(1, 1)).ToArray();
        relaxations = new ScheduleRelaxation?[r.Agents];
        wide = new bool[r.Agents];
        cheapest = new double[r.Agents];
        proven = new bool[r.Agents];
        fixedTo = new int[]?[r.Agents];
        objective.SetMinimization();
    }

    /// <summary>The best lower bound proved so far (−∞ before the first round).</summary>
    public double Bound { get; private set; } = double.NegativeInfinity;

    /// <summary>The master's objective at the last round.</summary>
    public double Relaxation { get; private set; } = double.NaN;

    public int Rounds { get; private set; }

    public int Columns => columns.Count;

    /// <summary>The schedules found so far, with their agents.</summary>
    public IEnumerable<(int Agent, int[] Choice)> Schedules => columns.Select(c => (c.Agent, c.Choice));

    /// <summary>True when a round priced every agent exactly and found no column with a negative reduced cost: the bound is the relaxation's optimum.</summary>
    public bool Converged { get; private set; }

    /// <summary>
    /// True when <see cref="Run"/> stopped in its first round because, at the pace of the agents priced so far, the round
    /// would not have ended by the time it was given: the relaxation has no bound and no duals worth a dive.
    /// </summary>
    public bool TooSlow { get; private set; }

    /// <summary>Per demand, the cover dual of the last round (what one more unit there is worth).</summary>
    public double[] CoverDuals { get; private set; } = [];

    /// <summary>
    /// A column generation for the roster, or null with the reason when the relaxation cannot be stated (a hard
    /// coverage rule, or an agent whose rules the schedule programme does not state). <paramref name="graphs"/>, when
    /// given, are the agents' graphs already built (<see cref="AgentGraph.All"/>).
    /// </summary>
    public static ColumnGeneration? For(RosterInstance r, out string? reason, AgentGraph[]? graphs = null)
    {
        var p = r.P;
        if (p.Rules.Get<CoverageRule>() is { Enabled: true, Hard: true } || p.Rules.Get<OverCoverRule>() is { Enabled: true, Hard: true })
        {
            reason = "hard cover rule";
            return null;
        }

        reason = null;
        graphs ??= AgentGraph.All(r, 1, out reason);
        return graphs is null ? null : new ColumnGeneration(r, graphs);
    }

    /// <summary>Adds a schedule of an agent as a column (once).</summary>
    public void Add(int agent, int[] choice)
    {
        if (!known.Add($"{agent}:{string.Join(',', choice)}"))
        {
            return;
        }

        var x = lp.MakeNumVar(0, double.PositiveInfinity, "");
        Schedule(lp, x, graphs[agent].CostOf(choice), agentRows[agent], coverRows, choice);
        columns.Add((agent, choice, x));
    }

    /// <summary>
    /// The master's row per demand: what the schedules chosen cover, plus the shortfall, less the excess, is the
    /// demand's requirement; shortfall and excess pay the cover rules' weights (shared with <see cref="ColumnMaster"/>).
    /// </summary>
    internal static Constraint[] CoverRows(Solver solver, CompiledProblem p)
    {
        var under = p.Rules.Get<CoverageRule>();
        var over = p.Rules.Get<OverCoverRule>();
        var rows = new Constraint[p.DemandCount];
        var objective = solver.Objective();
        for (var d = 0; d < p.DemandCount; d++)
        {
            rows[d] = solver.MakeConstraint(p.DemRequired[d], p.DemRequired[d]);
            var u = solver.MakeNumVar(0, double.PositiveInfinity, "");
            var o = solver.MakeNumVar(0, double.PositiveInfinity, "");
            rows[d].SetCoefficient(u, 1);
            rows[d].SetCoefficient(o, -1);
            objective.SetCoefficient(u, under.Enabled ? p.DemUnder[d] : 0);
            objective.SetCoefficient(o, over.Enabled ? p.DemOver[d] : 0);
        }

        return rows;
    }

    /// <summary>A schedule's variable in a master: its cost, one in its agent's row, one in the row of each demand it takes.</summary>
    internal static void Schedule(Solver solver, Variable x, double cost, Constraint agentRow, Constraint[] coverRows, int[] choice)
    {
        solver.Objective().SetCoefficient(x, cost);
        agentRow.SetCoefficient(x, 1);
        foreach (var d in choice)
        {
            if (d >= 0)
            {
                coverRows[d].SetCoefficient(x, 1);
            }
        }
    }

    /// <summary>A column for the agent that covers nothing and costs more than leaving every demand uncovered.</summary>
    private void AddStandIn(int agent)
    {
        var p = r.P;
        var under = p.Rules.Get<CoverageRule>();
        var cost = 1.0;
        for (var d = 0; d < p.DemandCount; d++)
        {
            cost += under.Enabled ? p.DemUnder[d] * (double)p.DemRequired[d] : 0;
        }

        var x = lp.MakeNumVar(0, double.PositiveInfinity, "");
        lp.Objective().SetCoefficient(x, cost + graphs[agent].Constant);
        agentRows[agent].SetCoefficient(x, 1);
    }

    /// <summary>
    /// Runs rounds until converged or the deadline; each round solves the master and prices every agent. Returns
    /// false when an agent has no schedule that keeps its hard rules (no plan is feasible, and there is no bound). With
    /// <paramref name="firstRoundBy"/>, stops as soon as the first round's pace says it would end later (<see cref="TooSlow"/>);
    /// with <paramref name="stallBy"/>, once the bound has not risen by the deadline it gives (set again at every rise)
    /// nor in the last <see cref="Tuning.BoundStallRounds"/> rounds.
    /// </summary>
    public bool Run(Deadline deadline, int labelLimit, CancellationToken ct, Deadline? firstRoundBy = null, Func<Deadline>? stallBy = null)
    {
        firstRound = firstRoundBy;
        // A first column per agent: its own cheapest schedule, so every agent row can be met. When the programme cannot
        // find one in time, a stand-in column (covering nothing, dearer than leaving every demand uncovered) takes its
        // place: the master then relaxes a problem with one more choice per agent, whose bounds still bound this one.
        for (var a = 0; a < r.Agents; a++)
        {
            if (columns.All(c => c.Agent != a))
            {
                var zero = graphs[a].Options.Select(o => new double[o.Length]).ToArray();
                // Any schedule keeping the agent's rules will do as a first column: the programme with a beam finds one fast.
                var first = ScheduleDp.Solve(graphs[a], zero, double.PositiveInfinity, int.MaxValue, out var exact, deadline, Tuning.BoundBeam);

                if (first is not null)
                {
                    Add(a, first.Choice);
                }
                else if (exact)
                {
                    return false;
                }
                else
                {
                    AddStandIn(a);
                }
            }
        }

        // Rounds price agents exactly within a small label budget, and with a narrow beam those that outgrow it, at
        // duals smoothed towards those of the best bound so far. A round that finds no column that way is repeated at
        // the master's own duals, then with a wide beam, then exactly with the full budget; when that one finds none
        // either, the master is as good as the programme can make it, and the time left tightens the relaxations of
        // the agents not priced exactly.
        seeded = true;
        var level = 0;
        var smoothing = Tuning.BoundSmoothing;
        var risen = Bound;
        var stalled = stallBy?.Invoke();
        var flat = 0;
        while (!Converged && !TooSlow && !deadline.Passed && !ct.IsCancellationRequested)
        {
            var added = level switch
            {
                0 => Round(Tuning.BoundQuickLabels, Tuning.BoundBeam, smoothing, deadline, ct),
                1 => Round(Tuning.BoundQuickLabels, Tuning.BoundWideBeam, 0, deadline, ct),
                _ => Round(labelLimit, 0, 0, deadline, ct),
            };
            if (Bound > risen + Tuning.CostTolerance)
            {
                (risen, stalled, flat) = (Bound, stallBy?.Invoke(), 0);
            }
            else if (++flat >= Tuning.BoundStallRounds && stalled is { Passed: true })
            {
                // Not risen for the caller's time nor for a few rounds: what the caller does next (Prove) takes over.
                break;
            }

            if (added > 0)
            {
                (level, smoothing) = (0, Tuning.BoundSmoothing);
            }
            else if (smoothing > 0)
            {
                smoothing = 0;
            }
            else if (level < 2)
            {
                level++;
            }
            else
            {
                Tighten(deadline, ct);
                break;
            }
        }

        return true;
    }

    public void Dispose() => lp.Dispose();

    /// <summary>
    /// A roster from the relaxation by diving: while some agent is free, the schedule the master gives the most weight
    /// (and any other at <see cref="Tuning.DiveFix"/> or more) is fixed, and a few rounds price the free agents again
    /// against what the fixed ones cover. Returns one schedule per agent, or null when the deadline came first. The
    /// bound and <see cref="Converged"/> are not touched: a dive's master relaxes the dive's problem, not the roster's.
    /// Call after <see cref="Run"/>.
    /// </summary>
    public int[][]? Dive(Deadline deadline, CancellationToken ct)
    {
        while (fixedTo.Any(f => f is null))
        {
            if (deadline.Passed || ct.IsCancellationRequested || lp.Solve() != Solver.ResultStatus.OPTIMAL)
            {
                return null;
            }

            var heaviest = columns.Where(c => fixedTo[c.Agent] is null).MaxBy(c => c.Var.SolutionValue());
            var fix = columns.Where(c => fixedTo[c.Agent] is null && c.Var.SolutionValue() >= Tuning.DiveFix).Append(heaviest).ToList();
            foreach (var (agent, choice, x) in fix)
            {
                if (fixedTo[agent] is not null)
                {
                    continue;
                }

                fixedTo[agent] = choice;
                foreach (var c in columns.Where(c => c.Agent == agent))
                {
                    c.Var.SetUb(c.Var == x ? 1 : 0);
                }

                x.SetLb(1);
            }

            for (var round = 0; round < Tuning.DiveRounds && fixedTo.Any(f => f is null); round++)
            {
                if (deadline.Passed || ct.IsCancellationRequested || Round(Tuning.BoundQuickLabels, Tuning.BoundBeam, 0, deadline, ct) == 0)
                {
                    break;
                }
            }
        }

        return fixedTo.Select(f => f!).ToArray();
    }

    /// <summary>
    /// Solves the master, prices every agent at duals mixed from the master's and the best bound's
    /// (<paramref name="smoothing"/> of the latter; Wentges' stabilisation), adds the columns whose reduced cost at
    /// the master's own duals is negative, and returns how many. The round's bound is the Lagrangian function at the
    /// duals priced, valid at any duals the master could have: Σ demand × dual + every agent's cheapest schedule at
    /// those duals (or a bound below it).
    /// </summary>
    private int Round(int labelLimit, int beam, double smoothing, Deadline deadline, CancellationToken ct)
    {
        var agentDuals = SolveMaster();
        Rounds++;
        Smooth(agentDuals, smoothing);

        var added = 0;
        var exactEverywhere = true;
        var paced = Rounds == 1 && firstRound is { } by ? by.Remaining : (TimeSpan?)null;
        for (var a = 0; a < r.Agents; a++)
        {
            if (paced is { } left && a > 0 && (firstRound!.Value.Passed || (left - firstRound.Value.Remaining) * r.Agents > left * a))
            {
                // The first round's pace: a agents priced in the time spent, all of them would take longer than it has.
                TooSlow = true;
                return added;
            }

            if (fixedTo[a] is not null)
            {
                continue;
            }

            var g = graphs[a];
            var prices = Prices(g, pi);
            var (best, exact) = Price(a, prices, mu[a] - Tuning.CostTolerance, labelLimit, beam, deadline, ct);
            exactEverywhere &= exact;

            // The agent's cheapest schedule at these duals, or a bound below it: proven by the programme (the column
            // found, or none below the cutoff), else the relaxation's bound (a column found with a beam need not be the
            // cheapest). The relaxation's own schedule, when it keeps every limit, is a column too: often the cheapest.
            int[]? relaxed = null;
            if (exact)
            {
                cheapest[a] = best?.Cost ?? mu[a] - Tuning.CostTolerance;
            }
            else
            {
                var relaxation = relaxations[a] ??= new ScheduleRelaxation(g);
                cheapest[a] = relaxation.Bound(prices, Tuning.BoundSteps);
                relaxed = relaxation.Schedule;
            }

            proven[a] = exact;
            foreach (var column in new[] { best?.Choice, relaxed })
            {
                if (column is not null && Reduced(a, column, CoverDuals, agentDuals[a]) < -Tuning.CostTolerance)
                {
                    Add(a, column);
                    added++;
                }
            }
        }

        // A dive's rounds price the dive's problem: they say nothing of the roster's bound or of its convergence.
        if (fixedTo.All(f => f is null))
        {
            Lagrangian();
            Converged = added == 0 && exactEverywhere && ReferenceEquals(pi, CoverDuals);
        }

        return added;
    }

    /// <summary>
    /// Solves the master; sets <see cref="Relaxation"/> and <see cref="CoverDuals"/>, and returns the agent duals. Every
    /// dual is read before a column changes the master (the solver forgets its answer then).
    /// </summary>
    private double[] SolveMaster()
    {
        if (lp.Solve() != Solver.ResultStatus.OPTIMAL)
        {
            // Once a dive has changed bounds, GLOP's kept basis can leave it short of an answer: it solves afresh.
            lp.Reset();
            if (lp.Solve() != Solver.ResultStatus.OPTIMAL)
            {
                throw new InvalidOperationException("the restricted master has no optimum");
            }
        }

        Relaxation = lp.Objective().Value();
        CoverDuals = coverRows.Select(c => c.DualValue()).ToArray();
        return agentRows.Select(c => c.DualValue()).ToArray();
    }

    /// <summary>
    /// Sets the duals to price at: the master's (<see cref="CoverDuals"/> and <paramref name="agentDuals"/>) mixed with
    /// <paramref name="smoothing"/> of the best bound's, or the master's own before a bound or without smoothing.
    /// </summary>
    private void Smooth(double[] agentDuals, double smoothing)
    {
        if (centre is not { } c || smoothing == 0)
        {
            (pi, mu) = (CoverDuals, agentDuals);
            return;
        }

        pi = CoverDuals.Select((x, d) => (smoothing * c.Pi[d]) + ((1 - smoothing) * x)).ToArray();
        mu = agentDuals.Select((x, a) => (smoothing * c.Mu[a]) + ((1 - smoothing) * x)).ToArray();
    }

    /// <summary>
    /// After <see cref="Run"/>, where it did not converge: until the deadline, rounds that price every agent exactly, by the programme within
    /// <paramref name="labelLimit"/> labels, else (and at once for agents that outgrew the quick rounds' labels) by
    /// CP-SAT (<see cref="PricingModel"/>), each agent within <see cref="Tuning.BoundProveAgentSeconds"/>. CP-SAT's bound
    /// on the agent's cheapest schedule stands in for the relaxation's where higher, so the Lagrangian function at the
    /// round's duals bounds every plan as before. Duals are smoothed as in <see cref="Run"/>; a round at the master's own
    /// duals that proves every agent and finds no column converges the relaxation. A round the deadline cuts short keeps
    /// nothing.
    /// </summary>
    public void Prove(Deadline deadline, int labelLimit, CancellationToken ct)
    {
        if (Converged || TooSlow || !seeded || fixedTo.Any(f => f is not null))
        {
            return;
        }

        var p = r.P;
        var smoothing = Tuning.BoundProveSmoothing;
        while (!deadline.Passed && !ct.IsCancellationRequested)
        {
            var masterMu = SolveMaster();
            var masterPi = CoverDuals;
            Rounds++;
            Smooth(masterMu, smoothing);

            var added = 0;
            var exactEverywhere = true;
            for (var a = 0; a < r.Agents; a++)
            {
                if (deadline.Passed || ct.IsCancellationRequested)
                {
                    return;
                }

                var g = graphs[a];
                var prices = Prices(g, pi);
                var (best, exact) = wide[a] ? (null, false) : Price(a, prices, mu[a] - Tuning.CostTolerance, labelLimit, 0, deadline, ct);
                cheapest[a] = best?.Cost ?? mu[a] - Tuning.CostTolerance;
                var column = best?.Choice;
                if (!exact)
                {
                    // The relaxation's bound, or CP-SAT's where higher: both are below the agent's cheapest schedule.
                    var relaxation = relaxations[a] ??= new ScheduleRelaxation(g);
                    var pricing = new PricingModel(r, a, pi, relaxation.Schedule).Solve(g, pi, deadline.Seconds(0, Tuning.BoundProveAgentSeconds), ct);
                    cheapest[a] = Math.Max(relaxation.Bound(prices, Tuning.BoundSteps), pricing.Bound ?? double.NegativeInfinity);
                    column = pricing.Schedule;
                    exact = pricing.Proven;

                    // The programme ran out of labels: from now on CP-SAT prices this agent at once.
                    wide[a] = true;
                }

                proven[a] = exact;
                exactEverywhere &= exact;
                if (column is not null && Reduced(a, column, masterPi, masterMu[a]) < -Tuning.CostTolerance)
                {
                    Add(a, column);
                    added++;
                }
            }

            Lagrangian();
            Converged = added == 0 && exactEverywhere && ReferenceEquals(pi, masterPi);
            if (Converged)
            {
                return;
            }

            smoothing = added == 0 ? 0 : Tuning.BoundProveSmoothing;
        }
    }

    /// <summary>The Lagrangian function at the duals priced last; keeps it as the bound (and its duals as the centre) when better.</summary>
    private void Lagrangian()
    {
        var p = r.P;
        var value = 0.0;
        for (var d = 0; d < p.DemandCount; d++)
        {
            value += pi[d] * p.DemRequired[d];
        }

        value += cheapest.Sum();
        if (value > Bound)
        {
            Bound = value;
            centre = (pi, mu);
        }
    }

    /// <summary>
    /// At the duals priced last, more subgradient steps on the relaxation of every agent not priced exactly, for as
    /// long as there is time and the bound rises: each agent's share can only rise.
    /// </summary>
    private void Tighten(Deadline deadline, CancellationToken ct)
    {
        var open = Enumerable.Range(0, r.Agents).Where(a => !proven[a]).ToArray();
        while (open.Length > 0 && !deadline.Passed && !ct.IsCancellationRequested)
        {
            var before = Bound;
            foreach (var a in open)
            {
                if (deadline.Passed || ct.IsCancellationRequested)
                {
                    break;
                }

                var g = graphs[a];
                cheapest[a] = Math.Max(cheapest[a], (relaxations[a] ??= new ScheduleRelaxation(g)).Bound(Prices(g, pi), Tuning.BoundSteps));
            }

            Lagrangian();
            if (Bound <= before + Tuning.CostTolerance)
            {
                return;
            }
        }
    }

    /// <summary>Per day and option of the agent, minus the cover dual of the option's demand.</summary>
    private static double[][] Prices(AgentGraph g, double[] duals) => g.Options.Select(o => o.Select(d => -duals[d]).ToArray()).ToArray();

    /// <summary>A schedule's reduced cost at the given duals.</summary>
    private double Reduced(int agent, int[] choice, double[] duals, double agentDual)
    {
        var cost = graphs[agent].CostOf(choice) - agentDual;
        foreach (var d in choice)
        {
            cost -= d >= 0 ? duals[d] : 0;
        }

        return cost;
    }

    /// <summary>
    /// The agent's cheapest column below the cutoff by the exact programme, or, once that has run out of labels for the
    /// agent, a good one by the programme with a beam of <paramref name="beam"/> (0: exact, within the label limit,
    /// for every agent); nothing once the deadline has passed.
    /// </summary>
    private (ScheduleDp.Result? Best, bool Exact) Price(int a, double[][] prices, double cutoff, int labelLimit, int beam, Deadline deadline, CancellationToken ct)
    {
        if (deadline.Passed || ct.IsCancellationRequested)
        {
            return (null, false);
        }

        var g = graphs[a];
        if (!wide[a] || beam == 0)
        {
            var best = ScheduleDp.Solve(g, prices, cutoff, labelLimit, out var exact, deadline);
            if (exact || best is not null || deadline.Passed || beam == 0)
            {
                return (best, exact && !deadline.Passed);
            }

            wide[a] = true;
        }

        var found = ScheduleDp.Solve(g, prices, cutoff, int.MaxValue, out var proven, deadline, beam, relaxations[a]?.Weights);
        return (found, proven && !deadline.Passed);
    }
}
