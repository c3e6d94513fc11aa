using Concordia.Planning.Engine;
using Concordia.Planning.Rules.Encoding;

namespace Concordia.Planning.Rules;

/// <summary>Spreads night work: each night duty beyond the fair share costs the weight.</summary>
internal sealed class FairNightsRule : StaffRule
{
    public override string Description => "Night duties per member beyond the fair share cost the weight each.";

    public override bool DefaultHard => false;

    public override int DefaultWeight => 5;

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        var nights = Nights(p, duties);
        var excess = nights - p.FairNights;
        if (excess <= 0)
        {
            return Score.Zero;
        }

        sink?.Add(this, excess, CostOf(excess), $"{nights} night duties, fair share {p.FairNights}", staff);
        return Charge(excess);
    }

    public override Score? Delta(CompiledProblem p, int staff, ReadOnlySpan<int> duties, int demand, bool added)
    {
        if (!p.WinNight[p.DemWindow[demand]])
        {
            return Score.Zero;
        }

        var before = Nights(p, duties);
        var after = before + (added ? 1 : -1);
        return Units(Math.Max(0, after - p.FairNights) - Math.Max(0, before - p.FairNights));
    }

    public override void Encode(IRuleModel m, int agent)
    {
        var p = m.Problem;
        var terms = m.Choices(agent).Where(c => p.WinNight[p.DemWindow[c.Demand]]).Select(c => new Term(c.Lit, 1)).ToArray();
        m.AtMost(this, terms, p.FairNights, 1, UnitCost(p.AgentMembers[agent].Length));
    }

    private static int Nights(CompiledProblem p, ReadOnlySpan<int> duties)
    {
        var nights = 0;
        foreach (var d in duties)
        {
            nights += p.WinNight[p.DemWindow[d]] ? 1 : 0;
        }

        return nights;
    }
}
