using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>Total time on duty over the horizon stays under the member's maximum; excess counts in started hours.</summary>
internal sealed class MaxTotalMinutesRule : StaffRule
{
    public override string Name => "MaxTotalMinutes";

    public override string Description => "Total minutes on duty do not exceed the member's maximum.";

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        var max = p.StaffLimits[staff].MaxTotalMinutes;
        if (max == int.MaxValue)
        {
            return Score.Zero;
        }

        var total = p.TotalMinutes(duties);
        if (total <= max)
        {
            return Score.Zero;
        }

        var hours = (total - max + 59) / 60;
        sink?.Add(this, hours, CostOf(hours), $"{total} min on duty, maximum {max}", staff);
        return Charge(hours);
    }
}
