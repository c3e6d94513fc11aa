using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>
/// Runs of days off between two working days are at least the minimum long. Runs touching the horizon's
/// edges are exempt: the days beyond it are assumed off.
/// </summary>
internal sealed class MinConsecutiveDaysOffRule : StaffRule
{
    public override string Name => "MinConsecutiveDaysOff";

    public override string Description => "Every run of days off between working days is at least the minimum long.";

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        var min = p.StaffLimits[staff].MinConsecutiveDaysOff;
        if (min <= 1 || duties.IsEmpty)
        {
            return Score.Zero;
        }

        Span<bool> worked = p.Days <= 1024 ? stackalloc bool[p.Days] : new bool[p.Days];
        MarkWorkedDays(p, duties, worked);
        long amount = 0;
        var day = 0;
        while (NextRun(worked, false, ref day, out var start, out var run))
        {
            // Runs touching either edge continue beyond the horizon, where days are off.
            if (start > 0 && start + run < worked.Length && run < min)
            {
                amount += min - run;
                sink?.Add(this, min - run, CostOf(min - run), $"{run} days off before day {start + run}, minimum {min}", staff);
            }
        }

        return Charge(amount);
    }
}
