namespace Concordia.Planning.Model;

/// <summary>How a plan was produced, for benchmarks and the audit trail.</summary>
public sealed record SolverStats(
    string Solver,
    int Seed,
    int Threads,
    double Seconds,
    double FirstFeasibleSeconds,
    long Iterations,
    int Moves = 0);
