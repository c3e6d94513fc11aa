using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>Spreads night work: each night duty beyond the fair share costs the weight.</summary>
internal sealed class FairNightsRule : StaffRule
{
    public override string Name => "FairNights";

    public override string Description => "Night duties per member beyond the fair share cost the weight each.";

    public override bool DefaultHard => false;

    public override int DefaultWeight => 5;

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        var nights = 0;
        foreach (var d in duties)
        {
            if (p.WinNight[p.DemWindow[d]])
            {
                nights++;
            }
        }

        var excess = nights - p.FairNights;
        if (excess <= 0)
        {
            return Score.Zero;
        }

        sink?.Add(this, excess, CostOf(excess), $"{nights} night duties, fair share {p.FairNights}", staff);
        return Charge(excess);
    }
}
