namespace Concordia.Planning.Engine;

/// <summary>
/// The search's tuning numbers, in one place, each with why it has its value. None changes what a rule means; each
/// only trades time between the engine's phases. They were set on the Curtois &amp; Qu instances and the generated
/// event problems of docs/benchmarks.md, on 2 threads.
/// </summary>
internal static class Tuning
{
    /// <summary>
    /// Single-threaded, and full linearization: it puts the run-length clauses into the LP, which on roster models
    /// finds and proves good schedules many times faster than the default level.
    /// </summary>
    public const string RosterSolverParameters = "num_workers:1 linearization_level:2 log_search_progress:false";

    /// <summary>Days either side of a fault that a roster repair frees: a month is a small model that still holds a run and its breaks.</summary>
    public const int RepairReachDays = 14;
}
