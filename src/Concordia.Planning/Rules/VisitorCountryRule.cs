using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>Officers of the visitors' own country reassure them: each national short of the need costs the weight.</summary>
internal sealed class VisitorCountryRule : CellRule
{
    public override string Description => "Each officer of the visitors' country short of a language need's count costs the weight.";

    public override bool DefaultHard => false;

    public override int DefaultWeight => 10;

    public override Score Evaluate(CompiledProblem p, int cell, PlanCounts counts, ViolationSink? sink)
    {
        long amount = 0;
        foreach (var n in p.CellNeeds[cell])
        {
            if (p.NeedCountry[n] < 0)
            {
                continue;
            }

            var missing = p.NeedSpeakers[n] - counts.NeedNationals[n];
            if (missing > 0)
            {
                amount += missing;
                sink?.Add(this, missing, CostOf(missing), $"{missing} officers from {p.CountryName(p.NeedCountry[n])} short", -1, p.CellSite[cell], p.CellWindow[cell]);
            }
        }

        return Charge(amount);
    }

    public override void Encode(Encoding.IRuleModel m, int cell)
    {
        var p = m.Problem;
        foreach (var n in p.CellNeeds[cell])
        {
            if (p.NeedCountry[n] >= 0)
            {
                var terms = Tally(m, cell, a => p.AgentNationals(a, p.NeedCountry[n]), m.Fixed.NeedNationals[n]);
                m.AtLeast(this, terms, p.NeedSpeakers[n], 1, UnitCost());
            }
        }
    }
}
