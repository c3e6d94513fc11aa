using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>
/// Runs of working days, or of days off, are at least a member's minimum long; each day short costs one unit.
/// A run touching the horizon's first or last day is exempt when <see cref="EdgesExempt"/> says it continues beyond.
/// </summary>
internal abstract class MinRunRule(bool working) : StaffRule
{
    protected abstract int Minimum(CompiledProblem p, int staff);

    protected abstract bool EdgesExempt(CompiledProblem p);

    protected abstract string Explain(int start, int run, int min);

    public sealed override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        var min = Minimum(p, staff);
        if (min <= 1 || duties.IsEmpty)
        {
            return Score.Zero;
        }

        Span<bool> worked = p.Days <= 1024 ? stackalloc bool[p.Days] : new bool[p.Days];
        MarkWorkedDays(p, duties, worked);
        var exempt = EdgesExempt(p);
        long amount = 0;
        var day = 0;
        while (NextRun(worked, working, ref day, out var start, out var run))
        {
            if (run < min && !(exempt && (start == 0 || start + run == worked.Length)))
            {
                amount += min - run;
                sink?.Add(this, min - run, CostOf(min - run), Explain(start, run, min), staff);
            }
        }

        return Charge(amount);
    }
}
