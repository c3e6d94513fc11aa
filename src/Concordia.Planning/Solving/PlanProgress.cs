namespace Concordia.Planning.Solving;

/// <summary>Reported whenever the best plan improves, and at phase changes.</summary>
public sealed record PlanProgress(
    TimeSpan Elapsed,
    SearchPhase Phase,
    long HardViolations,
    long Objective,
    double CoveragePercent,
    long Iterations);
