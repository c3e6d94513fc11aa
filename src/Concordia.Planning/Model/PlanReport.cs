namespace Concordia.Planning.Model;

/// <summary>What the validator found: feasibility, the objective per rule, every violation, and unmet demand.</summary>
public sealed record PlanReport
{
    public bool Feasible => HardViolations == 0;
    public long HardViolations { get; init; }
    public long Objective { get; init; }
    public double CoveragePercent { get; init; }
    public IReadOnlyList<RuleTotal> ByRule { get; init; } = [];
    public IReadOnlyList<Violation> Violations { get; init; } = [];
    public IReadOnlyList<UnmetDemand> Unmet { get; init; } = [];
}
