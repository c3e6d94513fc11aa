using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>
/// Foreign officers patrol jointly with host officers: at each site and window there are at least as many host
/// officers as the foreign officers there need alongside — each foreign officer their own number (their country's
/// legal status), or HostsPerForeign. Each missing host officer is one unit of violation.
/// </summary>
internal sealed class JointPatrolRule : CellRule
{
    public override string Description =>
        "At least the host officers each foreign officer needs alongside (their own number, else the configured one) at each site and window.";

    public override Score Evaluate(CompiledProblem p, int cell, PlanCounts counts, ViolationSink? sink)
    {
        var foreign = counts.CellForeign[cell];
        var missing = counts.CellHostsNeeded[cell] - counts.CellHost[cell];
        if (foreign == 0 || missing <= 0)
        {
            return Score.Zero;
        }

        sink?.Add(this, missing, CostOf(missing), $"{foreign} foreign needing {counts.CellHostsNeeded[cell]} with {counts.CellHost[cell]} host officers",
            -1, p.CellSite[cell], p.CellWindow[cell]);
        return Charge(missing);
    }

    /// <summary>Host officers needed − host officers present stays at most zero; with no foreign officer it always does.</summary>
    public override void Encode(Encoding.IRuleModel m, int cell)
    {
        var p = m.Problem;
        var terms = Tally(m, cell, a => (long)p.AgentHostsNeeded[a] - p.AgentHost[a], (long)m.Fixed.CellHostsNeeded[cell] - m.Fixed.CellHost[cell]);
        m.AtMost(this, terms, 0, 1, UnitCost());
    }
}
