using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>
/// Officers without executive powers (Prüm Decision, article 17: powers only with the home state's consent) are never
/// on their own at a site: in each site and window where one of them serves, someone with powers serves too. Each such
/// site and window without anyone with powers is one unit of violation.
/// </summary>
internal sealed class PowersPresentRule : CellRule
{
    public override string Description => "Where officers without executive powers serve, someone with powers serves at the same site and window.";

    public override Score Evaluate(CompiledProblem p, int cell, PlanCounts counts, ViolationSink? sink)
    {
        if (counts.CellNoPowers[cell] == 0 || counts.CellWithPowers[cell] > 0)
        {
            return Score.Zero;
        }

        sink?.Add(this, 1, CostOf(1), $"{counts.CellNoPowers[cell]} officer(s) without executive powers and nobody with them", -1, p.CellSite[cell], p.CellWindow[cell]);
        return Charge(1);
    }

    /// <summary>
    /// Without powers − M × with powers stays at most zero, M being more than all persons without powers there can be:
    /// nobody with powers and anyone without is one started unit of M, anyone with powers makes the sum negative.
    /// </summary>
    public override void Encode(Encoding.IRuleModel m, int cell)
    {
        var p = m.Problem;
        long big = 1 + m.Fixed.CellNoPowers[cell] + Enumerable.Range(0, p.AgentCount).Sum(a => (long)p.AgentNoPowers[a]);
        var terms = Tally(m, cell, a => p.AgentNoPowers[a] - (big * p.AgentWithPowers[a]), m.Fixed.CellNoPowers[cell] - (big * m.Fixed.CellWithPowers[cell]));
        m.AtMost(this, terms, 0, big, UnitCost());
    }
}
