using System.CommandLine;

namespace Concordia.Cli.Planning;

/// <summary>The planning verbs: plan, replan, validate, and the benchmark harnesses.</summary>
public static class PlanningCommands
{
    public static IEnumerable<Command> All()
    {
        yield return PlanCommand.Create();
        yield return ReplanCommand.Create();
        yield return ValidateCommand.Create();
        yield return BenchCommands.Create();
    }
}
