using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>Total time on duty reaches the member's minimum (a contract's hours); shortfall counts in started hours.</summary>
internal sealed class MinTotalMinutesRule : StaffRule
{
    public override string Name => "MinTotalMinutes";

    public override string Description => "Total minutes on duty reach the member's minimum.";

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        var min = p.StaffLimits[staff].MinTotalMinutes;
        if (min <= 0)
        {
            return Score.Zero;
        }

        var total = p.TotalMinutes(duties);
        if (total >= min)
        {
            return Score.Zero;
        }

        var hours = (min - total + 59) / 60;
        sink?.Add(this, hours, CostOf(hours), $"{total} min on duty, minimum {min}", staff);
        return Charge(hours);
    }
}
