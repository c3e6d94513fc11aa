namespace Concordia.Planning.Model;

/// <summary>
/// A deployment plan: the assignments, and the report the validator computed for them. The report is
/// informative only; <c>validate</c> recomputes it from the problem and the assignments.
/// </summary>
public sealed record Plan
{
    public required string Problem { get; init; }

    /// <summary>Where the problem file was, relative to the plan file, so re-planning needs only the plan.</summary>
    public string? ProblemFile { get; init; }
    public IReadOnlyList<Assignment> Assignments { get; init; } = [];
    public PlanReport? Report { get; init; }
    public SolverStats? Stats { get; init; }
}
