using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>
/// Foreign officers patrol jointly with host officers: at each site and window there are at least
/// HostsPerForeign host officers per foreign officer. Each missing host officer is one unit of violation.
/// </summary>
internal sealed class JointPatrolRule : CellRule
{
    public override string Name => "JointPatrol";

    public override string Description => "At least the configured number of host officers per foreign officer at each site and window.";

    public override Score Evaluate(CompiledProblem p, int cell, PlanCounts counts, ViolationSink? sink)
    {
        var foreign = counts.CellForeign[cell];
        if (foreign == 0)
        {
            return Score.Zero;
        }

        var missing = (foreign * p.Rules.HostsPerForeign) - counts.CellHost[cell];
        if (missing <= 0)
        {
            return Score.Zero;
        }

        sink?.Add(this, missing, CostOf(missing), $"{foreign} foreign with {counts.CellHost[cell]} host officers", -1, p.CellSite[cell], p.CellWindow[cell]);
        return Charge(missing);
    }
}
