using Concordia.Planning.Engine;
using Concordia.Planning.Rules.Encoding;

namespace Concordia.Planning.Rules;

/// <summary>Under-cover: each missing unit costs the demand's under weight (rule weight × priority by default).</summary>
internal sealed class CoverageRule : CellRule
{
    public override string Description => "Each missing unit of demand costs its weight (by default the rule's weight times the priority).";

    public override bool DefaultHard => false;

    public override int DefaultWeight => 1000;

    public override Score Evaluate(CompiledProblem p, int cell, PlanCounts counts, ViolationSink? sink)
    {
        var score = Score.Zero;
        foreach (var d in p.CellDemands[cell])
        {
            var missing = p.DemRequired[d] - counts.DemandUnits[d];
            if (missing > 0)
            {
                // Demand weights are absolute, so a soft charge multiplies by them instead of by Weight.
                var s = Hard ? new Score(missing, 0) : new Score(0, (long)missing * p.DemUnder[d]);
                score += s;
                sink?.Add(this, missing, s.Soft, $"{missing} of {p.DemRequired[d]} {p.CapName(p.DemCap[d])} missing", -1, p.DemSite[d], p.DemWindow[d]);
            }
        }

        return score;
    }

    public override void Encode(IRuleModel m, int cell)
    {
        var p = m.Problem;
        foreach (var d in p.CellDemands[cell])
        {
            var terms = m.AtDemand(d).Select(c => new Term(c.Lit, 1)).Append(new Term(Lit.True, m.Fixed.DemandUnits[d])).ToArray();
            m.AtLeast(this, terms, p.DemRequired[d], 1, p.DemUnder[d]);
        }
    }
}
