using Concordia.Planning.Engine.Roster;
using Concordia.Planning.Rules;
using Google.OrTools.LinearSolver;

namespace Concordia.Planning.Engine.Pricing;

/// <summary>
/// The linear relaxation of a day roster over whole schedules, solved by column generation, and the lower bound it
/// proves. The master chooses a convex mix of schedules per agent (each costing the agent's own soft rules) and pays
/// under- and over-cover per demand; each round prices every agent with the schedule programme (<see cref="ScheduleDp"/>)
/// at the master's duals. After any round, the master's objective plus every agent's most negative reduced cost (or a
/// lower bound on it: the programme without resources, when its label limit is reached) bounds every plan's cost from
/// below (the Lagrangian bound), so the bound is valid at any stop. Cell rules other than under- and over-cover
/// (languages, joint patrols) are left out of the master: their costs are never negative, so leaving them out only
/// lowers the bound.
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

    private ColumnGeneration(RosterInstance r, AgentGraph[] graphs)
    {
        this.r = r;
        this.graphs = graphs;
        var p = r.P;
        lp = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available");
        var under = p.Rules.Get<CoverageRule>();
        var over = p.Rules.Get<OverCoverRule>();
        coverRows = new Constraint[p.DemandCount];
        var objective = lp.Objective();
        for (var d = 0; d < p.DemandCount; d++)
        {
            coverRows[d] = lp.MakeConstraint(p.DemRequired[d], p.DemRequired[d]);
            var u = lp.MakeNumVar(0, double.PositiveInfinity, "");
            var o = lp.MakeNumVar(0, double.PositiveInfinity, "");
            coverRows[d].SetCoefficient(u, 1);
            coverRows[d].SetCoefficient(o, -1);
            objective.SetCoefficient(u, under.Enabled ? p.DemUnder[d] : 0);
            objective.SetCoefficient(o, over.Enabled ? p.DemOver[d] : 0);
        }

        agentRows = Enumerable.Range(0, r.Agents).Select(_ => lp.MakeConstraint(1, 1)).ToArray();
        objective.SetMinimization();
    }

    /// <summary>The best lower bound proved so far (−∞ before the first round).</summary>
    public double Bound { get; private set; } = double.NegativeInfinity;

    /// <summary>The master's objective at the last round.</summary>
    public double Relaxation { get; private set; } = double.NaN;

    public int Rounds { get; private set; }

    public int Columns => columns.Count;

    /// <summary>True when a round priced every agent exactly and found no column with a negative reduced cost: the bound is the relaxation's optimum.</summary>
    public bool Converged { get; private set; }

    /// <summary>Per demand, the cover dual of the last round (what one more unit there is worth).</summary>
    public double[] CoverDuals { get; private set; } = [];

    /// <summary>
    /// A column generation for the roster, or null with the reason when the relaxation cannot be stated (a hard
    /// coverage rule, or an agent whose rules the schedule programme does not state).
    /// </summary>
    public static ColumnGeneration? For(RosterInstance r, out string? reason)
    {
        var p = r.P;
        if (p.Rules.Get<CoverageRule>() is { Enabled: true, Hard: true } || p.Rules.Get<OverCoverRule>() is { Enabled: true, Hard: true })
        {
            reason = "hard cover rule";
            return null;
        }

        var graphs = new AgentGraph[r.Agents];
        for (var a = 0; a < r.Agents; a++)
        {
            if (AgentGraph.For(r, a, out reason) is not { } g)
            {
                return null;
            }

            graphs[a] = g;
        }

        reason = null;
        return new ColumnGeneration(r, graphs);
    }

    /// <summary>Adds a schedule of an agent as a column (once).</summary>
    public void Add(int agent, int[] choice)
    {
        if (!known.Add($"{agent}:{string.Join(',', choice)}"))
        {
            return;
        }

        var x = lp.MakeNumVar(0, double.PositiveInfinity, "");
        lp.Objective().SetCoefficient(x, graphs[agent].CostOf(choice));
        agentRows[agent].SetCoefficient(x, 1);
        foreach (var d in choice)
        {
            if (d >= 0)
            {
                coverRows[d].SetCoefficient(x, 1);
            }
        }

        columns.Add((agent, choice, x));
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
    /// false when an agent has no schedule that keeps its hard rules (no plan is feasible, and there is no bound).
    /// </summary>
    public bool Run(Deadline deadline, int labelLimit, CancellationToken ct)
    {
        // A first column per agent: its own cheapest schedule, so every agent row can be met. When the programme cannot
        // find one in time, a stand-in column (covering nothing, dearer than leaving every demand uncovered) takes its
        // place: the master then relaxes a problem with one more choice per agent, whose bounds still bound this one.
        for (var a = 0; a < r.Agents; a++)
        {
            if (columns.All(c => c.Agent != a))
            {
                var zero = graphs[a].Options.Select(o => new double[o.Length]).ToArray();
                var first = ScheduleDp.Solve(graphs[a], zero, double.PositiveInfinity, labelLimit, out var exact, deadline);
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

        while (!Converged && !deadline.Passed && !ct.IsCancellationRequested)
        {
            Round(labelLimit, deadline, ct);
        }

        return true;
    }

    public void Dispose() => lp.Dispose();

    private void Round(int labelLimit, Deadline deadline, CancellationToken ct)
    {
        if (lp.Solve() != Solver.ResultStatus.OPTIMAL)
        {
            throw new InvalidOperationException("the restricted master has no optimum");
        }

        Rounds++;
        Relaxation = lp.Objective().Value();
        CoverDuals = coverRows.Select(c => c.DualValue()).ToArray();

        // Every dual is read before the first column of the round changes the master (the solver forgets its answer then).
        var agentDuals = agentRows.Select(c => c.DualValue()).ToArray();
        var lagrangian = Relaxation;
        var added = 0;
        var exactEverywhere = true;
        for (var a = 0; a < r.Agents; a++)
        {
            var g = graphs[a];
            var mu = agentDuals[a];
            var prices = g.Options.Select(o => o.Select(d => -CoverDuals[d]).ToArray()).ToArray();
            var exact = false;
            var best = deadline.Passed || ct.IsCancellationRequested ? null : ScheduleDp.Solve(g, prices, mu - Tuning.CostTolerance, labelLimit, out exact, deadline);
            exactEverywhere &= exact;

            // The most negative reduced cost, or a bound below it: proven by the programme (the column found, or none below
            // the cutoff), else the programme without resources (a column found before the label limit need not be the cheapest).
            var reduced = exact
                ? best is not null ? best.Cost - mu : -Tuning.CostTolerance
                : ScheduleDp.LowerBound(g, prices) - mu;
            lagrangian += Math.Min(0, reduced);
            if (best is not null)
            {
                Add(a, best.Choice);
                added++;
            }
        }

        Bound = Math.Max(Bound, lagrangian);
        Converged = added == 0 && exactEverywhere;
    }
}
