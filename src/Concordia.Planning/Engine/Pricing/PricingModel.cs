using Concordia.Planning.Engine.CpSat;
using Concordia.Planning.Engine.Roster;
using Google.OrTools.Sat;

namespace Concordia.Planning.Engine.Pricing;

/// <summary>
/// One agent's cheapest schedule at given cover duals, as a CP-SAT model: the agent free over the whole horizon, its
/// own rules stated as in every other model (hard ones as constraints, soft ones in the objective), no cell rule, and
/// each duty priced at minus its demand's dual. Where the programme (<see cref="ScheduleDp"/>) outgrows its labels,
/// CP-SAT's bound on this model still bounds the agent's cheapest schedule from below (<see cref="Solve"/>).
/// </summary>
internal sealed class PricingModel : CpSatModel
{
    /// <summary>Costs are multiplied by this and each duty's price rounded down, so the model never costs more than the schedule.</summary>
    private const long Scale = 1000;

    private readonly RosterInstance r;
    private readonly int[]? hint;

    public PricingModel(RosterInstance instance, int agent, double[] duals, int[]? hint)
        : base(instance.P, [agent], 0, instance.Days - 1)
    {
        r = instance;
        this.hint = hint;
        Build(cells: false);

        // The rules' objective in whole units of Scale, plus each duty's price rounded down to those units.
        var objective = Model.Model.Objective;
        var terms = new Dictionary<int, long>();
        for (var i = 0; i < objective.Vars.Count; i++)
        {
            terms[objective.Vars[i]] = terms.GetValueOrDefault(objective.Vars[i]) + (objective.Coeffs[i] * Scale);
        }

        foreach (var (_, d, x) in Variables)
        {
            terms[x.GetIndex()] = terms.GetValueOrDefault(x.GetIndex()) + (long)Math.Floor(-duals[d] * Scale);
        }

        objective.Vars.Clear();
        objective.Coeffs.Clear();
        foreach (var (v, c) in terms.Where(t => t.Value != 0))
        {
            objective.Vars.Add(v);
            objective.Coeffs.Add(c);
        }

        objective.Offset *= Scale;
    }

    /// <summary>
    /// Solves within <paramref name="seconds"/>. Returns a lower bound on the agent's cheapest schedule at the duals (its
    /// cost by <paramref name="graph"/> less the duals of its duties), the best schedule found (per day, the demand or
    /// −1), and whether CP-SAT proved it cheapest (up to the rounding of the prices). Where the model's cost of that
    /// schedule disagrees with the graph's, nothing is claimed; where the agent has no schedule, no bound is.
    /// </summary>
    public (double? Bound, int[]? Schedule, bool Proven) Solve(AgentGraph graph, double[] duals, double seconds, CancellationToken ct)
    {
        if (ConstantScore.Hard > 0)
        {
            return (null, null, false);
        }

        Hint();
        var solver = new CpSolver
        {
            StringParameters = FormattableString.Invariant($"{Tuning.RosterSolverParameters} max_time_in_seconds:{Math.Max(0.01, seconds):F3}"),
        };
        CpSolverStatus status;
        using (ct.Register(solver.StopSearch))
        {
            status = solver.Solve(Model);
        }

        var bound = (solver.BestObjectiveBound / Scale) + ConstantScore.Soft;
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return (status == CpSolverStatus.Infeasible ? null : bound, null, false);
        }

        var schedule = Enumerable.Repeat(-1, r.Days).ToArray();
        foreach (var d in ChosenFor(solver, Agents[0]))
        {
            schedule[r.DayOf(d)] = d;
        }

        // The same schedule by the graph: at least the model's value, by less than the rounding of its prices.
        var cost = graph.CostOf(schedule) - schedule.Where(d => d >= 0).Sum(d => duals[d]);
        var model = (solver.ObjectiveValue / Scale) + ConstantScore.Soft;
        if (cost < model - Tuning.CostTolerance || cost > model + ((double)r.Days / Scale) + Tuning.CostTolerance)
        {
            return (null, null, false);
        }

        return (bound, schedule, status == CpSolverStatus.Optimal);
    }

    protected override IEnumerable<int> FixedDuties(int agent) => [];

    protected override IEnumerable<int> Options(int agent, int day) => r.Options[agent][day];

    protected override bool Current(int agent, int demand) => hint is not null && hint[r.DayOf(demand)] == demand;

    /// <summary>No duty is fixed: empty tallies, made only if a rule reads them (<see cref="CpSatModel.Fixed"/> keeps them).</summary>
    protected override PlanCounts CurrentCounts() => new(Problem);
}
