using Concordia.Planning.Engine;
using Concordia.Planning.Engine.CpSat;
using Concordia.Planning.Model;
using Concordia.Planning.Validation;
using Google.OrTools.Sat;

namespace Concordia.Planning.Solving;

/// <summary>
/// The plain CP-SAT formulation of the whole problem (every member, every day, hard rules as constraints, soft
/// rules as penalties), handed to CP-SAT's own portfolio with the given time and threads. It is the baseline
/// the engine is measured against, and a usable solver for small problems.
/// </summary>
public sealed class CpSatBaselineSolver : IPlanningSolver
{
    public string Name => "cp-sat-plain";

    public PlanResult Solve(PlanningProblem problem, SolveOptions options, IProgress<PlanProgress>? progress, CancellationToken ct)
    {
        var clock = options.Clock;
        var started = clock.GetTimestamp();
        var p = new CompiledProblem(problem);
        var empty = new Solution(p);
        var all = new Neighbourhood(Enumerable.Range(0, p.AgentCount).ToArray(), 0, p.Days - 1);
        var sub = new SubModel(p, empty, all, everyCell: true);
        var solver = new CpSolver
        {
            StringParameters = FormattableString.Invariant(
                $"num_workers:{Math.Max(1, options.Threads)} random_seed:{options.Seed} max_time_in_seconds:{Math.Max(0.1, (options.TimeLimit - clock.GetElapsedTime(started)).TotalSeconds)} log_search_progress:false"),
        };
        // CP-SAT's own objective can exceed the true cost of an intermediate solution (penalty variables need not be
        // tight), so each reported solution is scored by the validator.
        var callback = new FirstSolution(() => clock.GetElapsedTime(started), progress, cb =>
        {
            var chosen = new Solution(p);
            chosen.Load(sub.Chosen(cb.BooleanValue));
            return chosen.Total;
        });
        CpSolverStatus status;
        using (ct.Register(solver.StopSearch))
        {
            status = solver.Solve(sub.Model, callback);
        }

        if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
        {
            sub.Apply(solver);
        }

        var assignments = empty.ToAssignments();
        var report = PlanValidator.Validate(p, assignments);
        var stats = new SolverStats($"{Name} ({status})", options.Seed, options.Threads, clock.GetElapsedTime(started).TotalSeconds, callback.FirstSeconds, 0);
        return new PlanResult(new Plan { Problem = problem.Name, Assignments = assignments, Report = report, Stats = stats }, report, stats);
    }

    /// <summary>Records when CP-SAT found its first solution and reports each improvement.</summary>
    private sealed class FirstSolution(Func<TimeSpan> elapsed, IProgress<PlanProgress>? progress, Func<CpSolverSolutionCallback, Score> score) : CpSolverSolutionCallback
    {
        public double FirstSeconds { get; private set; } = -1;

        public override void OnSolutionCallback()
        {
            if (FirstSeconds < 0)
            {
                FirstSeconds = elapsed().TotalSeconds;
            }

            var total = score(this);
            progress?.Report(new PlanProgress(elapsed(), SearchPhase.Search, total.Hard, total.Soft, 0, 0));
        }
    }
}
