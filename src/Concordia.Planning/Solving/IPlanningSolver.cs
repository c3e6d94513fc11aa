using Concordia.Planning.Model;

namespace Concordia.Planning.Solving;

/// <summary>A way to solve a problem; the engine and the plain CP-SAT baseline both implement it.</summary>
public interface IPlanningSolver
{
    string Name { get; }

    PlanResult Solve(PlanningProblem problem, SolveOptions options, IProgress<PlanProgress>? progress, CancellationToken ct);
}
