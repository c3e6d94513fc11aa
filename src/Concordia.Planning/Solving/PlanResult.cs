using Concordia.Planning.Model;

namespace Concordia.Planning.Solving;

/// <summary>
/// The best plan found, with the validator's report and how it was found; the coverage ceiling when it was asked for
/// (<see cref="SolveOptions.CoverageCeiling"/>).
/// </summary>
public sealed record PlanResult(Plan Plan, PlanReport Report, SolverStats Stats, CoverageCeiling? Ceiling = null);
