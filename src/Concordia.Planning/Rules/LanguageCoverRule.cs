using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>Where visitors of a language are expected, each missing speaker costs the weight.</summary>
internal sealed class LanguageCoverRule : CellRule
{
    public override string Description => "Each speaker missing from a language need costs the weight.";

    public override bool DefaultHard => false;

    public override int DefaultWeight => 50;

    public override Score Evaluate(CompiledProblem p, int cell, PlanCounts counts, ViolationSink? sink)
    {
        long amount = 0;
        foreach (var n in p.CellNeeds[cell])
        {
            var missing = p.NeedSpeakers[n] - counts.NeedSpeakers[n];
            if (missing > 0)
            {
                amount += missing;
                sink?.Add(this, missing, CostOf(missing), $"{missing} of {p.NeedSpeakers[n]} {p.LanguageName(p.NeedLanguage[n])} speakers missing", -1, p.CellSite[cell], p.CellWindow[cell]);
            }
        }

        return Charge(amount);
    }

    public override void Encode(Encoding.IRuleModel m, int cell)
    {
        var p = m.Problem;
        foreach (var n in p.CellNeeds[cell])
        {
            var terms = Tally(m, cell, a => p.AgentSpeakers(a, p.NeedLanguage[n]), m.Fixed.NeedSpeakers[n]);
            m.AtLeast(this, terms, p.NeedSpeakers[n], 1, UnitCost());
        }
    }
}
