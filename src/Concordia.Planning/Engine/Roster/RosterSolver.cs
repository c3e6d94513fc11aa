using Google.OrTools.Sat;

namespace Concordia.Planning.Engine.Roster;

/// <summary>
/// Solves one roster model with single-threaded CP-SAT under a deterministic-time budget, so the answer does not
/// depend on the machine's load; the wall-clock cap only guards the caller's deadline.
/// </summary>
internal static class RosterSolver
{
    /// <summary>
    /// Solves with the roster as hint; returns the solver when it found a solution, else null. <paramref name="work"/> is
    /// the deterministic time it used.
    /// </summary>
    public static CpSolver? Solve(RosterModel model, int seed, double budget, Deadline deadline, CancellationToken ct, out CpSolverStatus status, out double work)
    {
        status = CpSolverStatus.Unknown;
        work = 0;
        if (model.VariableCount == 0)
        {
            return null;
        }

        model.Hint();
        var solver = new CpSolver
        {
            StringParameters = FormattableString.Invariant($"{Tuning.RosterSolverParameters} random_seed:{seed} max_deterministic_time:{budget} max_time_in_seconds:{deadline.Seconds(0.05):F3}"),
        };
        using (ct.Register(solver.StopSearch))
        {
            status = solver.Solve(model.Model);
        }

        work = solver.Response?.DeterministicTime ?? 0;
        return status is CpSolverStatus.Optimal or CpSolverStatus.Feasible ? solver : null;
    }
}
