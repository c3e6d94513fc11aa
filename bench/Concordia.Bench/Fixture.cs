using Concordia.Planning.Benchmarks.Events;
using Concordia.Planning.Engine;
using Concordia.Planning.Model;

namespace Concordia.Bench;

/// <summary>A generated event planned by construction only: the state every micro-benchmark starts from.</summary>
internal sealed class Fixture
{
    public Fixture(EventSize size)
    {
        Problem = EventGenerator.Generate(size, seed: 1);
        Compiled = new CompiledProblem(Problem);
        Solution = new Solution(Compiled);
        new GreedyConstruction(Compiled).Run(Solution, CancellationToken.None);
        Assignments = Solution.ToAssignments();
    }

    public PlanningProblem Problem { get; }
    public CompiledProblem Compiled { get; }
    public Solution Solution { get; }
    public IReadOnlyList<Assignment> Assignments { get; }
}
