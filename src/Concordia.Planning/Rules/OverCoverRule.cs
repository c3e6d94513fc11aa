using Concordia.Planning.Engine;
using Concordia.Planning.Rules.Encoding;

namespace Concordia.Planning.Rules;

/// <summary>Over-cover is mildly penalised so spare people stay available for re-planning.</summary>
internal sealed class OverCoverRule : CellRule
{
    public override string Description => "Each unit beyond the demand costs the demand's over weight (the rule's weight by default).";

    public override bool DefaultHard => false;

    public override Score Evaluate(CompiledProblem p, int cell, PlanCounts counts, ViolationSink? sink)
    {
        var score = Score.Zero;
        foreach (var d in p.CellDemands[cell])
        {
            var surplus = counts.DemandUnits[d] - p.DemRequired[d];
            if (surplus > 0)
            {
                var s = Hard ? new Score(surplus, 0) : new Score(0, (long)surplus * p.DemOver[d]);
                score += s;
                sink?.Add(this, surplus, s.Soft, $"{surplus} {p.CapName(p.DemCap[d])} beyond {p.DemRequired[d]}", -1, p.DemSite[d], p.DemWindow[d]);
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
            m.AtMost(this, terms, p.DemRequired[d], 1, p.DemOver[d]);
        }
    }
}
