using Concordia.Planning.Model;

namespace Concordia.Planning.Solving;

/// <summary>
/// How long and how to search. Results are reproducible for the same seed and thread count: the search is
/// split into rounds of fixed work, so a run stopped by <see cref="MaxIterations"/> is identical every time,
/// and a run stopped by the clock returns a point on that same trajectory.
/// </summary>
public sealed record SolveOptions
{
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(60);
    public int Seed { get; init; } = 1;
    public int Threads { get; init; } = 2;
    public long? MaxIterations { get; init; }

    /// <summary>Assignments to start from (a published plan when re-planning); infeasible ones are dropped.</summary>
    public IReadOnlyList<Assignment> Start { get; init; } = [];

    /// <summary>Skip the improvement phase (construction only): the fastest feasible answer.</summary>
    public bool ConstructionOnly { get; init; }

    /// <summary>The clock every deadline of the solve is read from.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// Also compute the <see cref="Solving.CoverageCeiling"/> of the problem, from the problem the engine compiled and
    /// alongside the search, and return it with the result.
    /// </summary>
    public bool CoverageCeiling { get; init; }

    /// <summary>Take the general path even for a day roster (tests and benchmarks compare the two paths).</summary>
    public bool GeneralPath { get; init; }
}
