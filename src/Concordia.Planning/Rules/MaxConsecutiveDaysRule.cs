using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>Runs of working days are not longer than the maximum; days outside the horizon count as off.</summary>
internal sealed class MaxConsecutiveDaysRule : StaffRule
{
    public override string Name => "MaxConsecutiveDays";

    public override string Description => "No run of consecutive working days is longer than the maximum.";

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        var max = p.StaffLimits[staff].MaxConsecutiveDays;
        if (max == int.MaxValue || duties.IsEmpty)
        {
            return Score.Zero;
        }

        Span<bool> worked = p.Days <= 1024 ? stackalloc bool[p.Days] : new bool[p.Days];
        MarkWorkedDays(p, duties, worked);
        long amount = 0;
        var day = 0;
        while (NextRun(worked, true, ref day, out var start, out var run))
        {
            if (run > max)
            {
                amount += run - max;
                sink?.Add(this, run - max, CostOf(run - max), $"{run} days in a row from day {start}, maximum {max}", staff);
            }
        }

        return Charge(amount);
    }
}
