using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>
/// Foreign officers patrol jointly with host officers: at each site and window there are at least
/// HostsPerForeign host officers per foreign officer. Each missing host officer is one unit of violation.
/// </summary>
internal sealed class JointPatrolRule : CellRule
{
    public override string Description => "At least the configured number of host officers per foreign officer at each site and window.";

    public override Score Evaluate(CompiledProblem p, int cell, PlanCounts counts, ViolationSink? sink)
    {
        var foreign = counts.CellForeign[cell];
        var missing = (foreign * p.Rules.HostsPerForeign) - counts.CellHost[cell];
        if (foreign == 0 || missing <= 0)
        {
            return Score.Zero;
        }

        sink?.Add(this, missing, CostOf(missing), $"{foreign} foreign with {counts.CellHost[cell]} host officers", -1, p.CellSite[cell], p.CellWindow[cell]);
        return Charge(missing);
    }

    /// <summary>Ratio × foreign − host stays at most zero; with no foreign officer it always does.</summary>
    public override void Encode(Encoding.IRuleModel m, int cell)
    {
        var p = m.Problem;
        var ratio = p.Rules.HostsPerForeign;
        var terms = Tally(
            m, cell, a => ((long)ratio * p.AgentForeign[a]) - p.AgentHost[a], ((long)ratio * m.Fixed.CellForeign[cell]) - m.Fixed.CellHost[cell]);
        m.AtMost(this, terms, 0, 1, UnitCost());
    }
}
