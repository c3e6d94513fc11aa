using Google.OrTools.Sat;

namespace Concordia.Planning.Engine.Roster;

/// <summary>
/// Solves one roster model with single-threaded CP-SAT under a deterministic-time budget, so the answer does not
/// depend on the machine's load; the wall-clock cap only guards the caller's deadline.
/// </summary>
internal static class RosterSolver
{
    /// <summary>
    /// Full linearization puts the run-length clauses into the LP: on these models it finds and proves good
    /// schedules many times faster than the default level.
    /// </summary>
    private const string Parameters = "num_workers:1 linearization_level:2 log_search_progress:false";

    /// <summary>Solves with the roster as hint; returns the solver when it found a solution, else null.</summary>
    public static CpSolver? Solve(RosterModel model, int seed, double budget, DateTime deadlineUtc, CancellationToken ct, out CpSolverStatus status)
    {
        status = CpSolverStatus.Unknown;
        if (model.VariableCount == 0 || model.Contradicted)
        {
            return null;
        }

        model.Hint();
        var wall = Math.Max(0.05, (deadlineUtc - DateTime.UtcNow).TotalSeconds);
        var solver = new CpSolver
        {
            StringParameters = FormattableString.Invariant($"{Parameters} random_seed:{seed} max_deterministic_time:{budget} max_time_in_seconds:{wall:F3}"),
        };
        using (ct.Register(solver.StopSearch))
        {
            status = solver.Solve(model.Model);
        }

        return status is CpSolverStatus.Optimal or CpSolverStatus.Feasible ? solver : null;
    }
}
