using Concordia.Planning.Engine;
using Concordia.Planning.Rules.Encoding;

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

    /// <summary>The minimum a heuristic should keep to: none unless the rule binds.</summary>
    public int Bound(CompiledProblem p, int staff) => Binding ? Minimum(p, staff) : 0;

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
                sink?.Add(this, min - run, CostOf(min - run), Explain(start, run, min), staff, day: start);
            }
        }

        return Charge(amount);
    }

    /// <summary>
    /// Binding: a run that starts on day d (d worked, or off, and the day before not) holds days d+1..d+min−1 too:
    /// clauses CP-SAT propagates well. Soft: each possible short run ("edge, len days, edge") is one pattern costing
    /// min − len, so the cost is exactly the check's.
    /// </summary>
    public sealed override void Encode(IRuleModel m, int agent)
    {
        foreach (var (member, count) in ByLimits(m.Problem, agent))
        {
            var min = Minimum(m.Problem, member);
            if (min <= 1)
            {
                continue;
            }

            if (Hard)
            {
                EncodeRunStarts(m, agent, min);
            }
            else
            {
                EncodeShortRuns(m, agent, min, count);
            }
        }
    }

    private void EncodeRunStarts(IRuleModel m, int agent, int min)
    {
        var days = m.Problem.Days;
        var exempt = EdgesExempt(m.Problem);
        for (var d = Math.Max(exempt ? 1 : 0, m.From - min + 1); d <= Math.Min(days - 1, m.To + 1); d++)
        {
            var start = m.Day(agent, d);
            var before = m.Day(agent, d - 1);
            for (var j = 1; j < min; j++)
            {
                if (d + j < days)
                {
                    m.Violation(this, 0, [(start, working), (before, !working), (m.Day(agent, d + j), !working)]);
                }
                else if (!exempt)
                {
                    // The run would end with the horizon before it is long enough.
                    m.Violation(this, 0, [(start, working), (before, !working)]);
                    break;
                }
            }
        }
    }

    private void EncodeShortRuns(IRuleModel m, int agent, int min, int count)
    {
        var days = m.Problem.Days;
        var exempt = EdgesExempt(m.Problem);
        var pattern = new List<(Lit, bool)>(min + 1);
        for (var len = 1; len < min; len++)
        {
            for (var st = Math.Max(0, m.From - len); st <= m.To + 1 && st + len <= days; st++)
            {
                if (exempt && (st == 0 || st + len == days))
                {
                    continue;
                }

                pattern.Clear();
                pattern.Add((m.Day(agent, st - 1), !working));
                for (var k = st; k < st + len; k++)
                {
                    pattern.Add((m.Day(agent, k), working));
                }

                pattern.Add((m.Day(agent, st + len), !working));
                m.Violation(this, UnitCost((long)(min - len) * count), [.. pattern]);
            }
        }
    }
}
