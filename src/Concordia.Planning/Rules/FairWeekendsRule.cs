using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>Spreads weekend work: each weekend day on duty beyond the fair share costs the weight.</summary>
internal sealed class FairWeekendsRule : StaffRule
{
    public override string Name => "FairWeekends";

    public override string Description => "Weekend days on duty per member beyond the fair share cost the weight each.";

    public override bool DefaultHard => false;

    public override int DefaultWeight => 2;

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        var days = 0;
        var lastDay = -1;
        foreach (var d in duties)
        {
            var day = p.WinDay[p.DemWindow[d]];
            if (day != lastDay && (uint)day < (uint)p.Days && p.DayIsWeekend[day])
            {
                days++;
            }

            lastDay = day;
        }

        var excess = days - p.FairWeekendDays;
        if (excess <= 0)
        {
            return Score.Zero;
        }

        sink?.Add(this, excess, CostOf(excess), $"{days} weekend days on duty, fair share {p.FairWeekendDays}", staff);
        return Charge(excess);
    }
}
