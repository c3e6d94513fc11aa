using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>A weekend (Saturday and the Sunday after it) counts as worked when either day has a duty.</summary>
internal sealed class MaxWeekendsRule : StaffRule
{
    public override string Name => "MaxWeekends";

    public override string Description => "Weekends worked do not exceed the member's maximum.";

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        var max = p.StaffLimits[staff].MaxWeekends;
        if (max == int.MaxValue || duties.IsEmpty)
        {
            return Score.Zero;
        }

        var weekends = 0;
        var lastKey = int.MinValue;
        foreach (var d in duties)
        {
            var day = p.WinDay[p.DemWindow[d]];
            var key = p.WeekendKey(day);
            if (key != int.MinValue && key != lastKey)
            {
                weekends++;
                lastKey = key;
            }
        }

        if (weekends <= max)
        {
            return Score.Zero;
        }

        sink?.Add(this, weekends - max, CostOf(weekends - max), $"{weekends} weekends worked, maximum {max}", staff);
        return Charge(weekends - max);
    }
}
