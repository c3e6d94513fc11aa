using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>
/// Runs of working days are at least the minimum long. By default days outside the horizon count as off, so a run
/// at either edge must be long enough too; with <c>runsContinueBeyondHorizon</c> (the Curtois &amp; Qu convention)
/// runs touching an edge are exempt.
/// </summary>
internal sealed class MinConsecutiveDaysRule : StaffRule
{
    public override string Name => "MinConsecutiveDays";

    public override string Description => "Every run of consecutive working days is at least the minimum long.";

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        var min = p.StaffLimits[staff].MinConsecutiveDays;
        if (min <= 1 || duties.IsEmpty)
        {
            return Score.Zero;
        }

        Span<bool> worked = p.Days <= 1024 ? stackalloc bool[p.Days] : new bool[p.Days];
        MarkWorkedDays(p, duties, worked);
        long amount = 0;
        var day = 0;
        var edgesOpen = p.Rules.RunsContinueBeyondHorizon;
        while (NextRun(worked, true, ref day, out var start, out var run))
        {
            if (run < min && !(edgesOpen && (start == 0 || start + run == worked.Length)))
            {
                amount += min - run;
                sink?.Add(this, min - run, CostOf(min - run), $"{run} days in a row from day {start}, minimum {min}", staff);
            }
        }

        return Charge(amount);
    }
}
