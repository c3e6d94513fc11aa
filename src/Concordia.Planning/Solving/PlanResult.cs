using Concordia.Planning.Model;

namespace Concordia.Planning.Solving;

/// <summary>The best plan found, with the validator's report and how it was found.</summary>
public sealed record PlanResult(Plan Plan, PlanReport Report, SolverStats Stats);
