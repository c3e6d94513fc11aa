using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>A rule about who is at one site in one window, read from the plan's counts.</summary>
internal abstract class CellRule : Rule
{
    public abstract Score Evaluate(CompiledProblem p, int cell, PlanCounts counts, ViolationSink? sink);
}
