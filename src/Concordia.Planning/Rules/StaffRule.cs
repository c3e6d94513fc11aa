using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>A rule that only looks at one member's duties, so a move's effect is known from the members it touches.</summary>
internal abstract class StaffRule : Rule
{
    /// <summary>Scores one member's duties: demand indices sorted by window start.</summary>
    public abstract Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink);

    /// <summary>
    /// Finds the next run of days equal to <paramref name="value"/> from <paramref name="day"/> on, and moves
    /// <paramref name="day"/> past it. Returns false when there is none.
    /// </summary>
    protected static bool NextRun(ReadOnlySpan<bool> worked, bool value, ref int day, out int start, out int length)
    {
        while (day < worked.Length && worked[day] != value)
        {
            day++;
        }

        start = day;
        while (day < worked.Length && worked[day] == value)
        {
            day++;
        }

        length = day - start;
        return length > 0;
    }

    /// <summary>Marks the days with a duty start; the caller's span has one entry per horizon day.</summary>
    protected static void MarkWorkedDays(CompiledProblem p, ReadOnlySpan<int> duties, Span<bool> worked)
    {
        worked.Clear();
        foreach (var d in duties)
        {
            var day = p.WinDay[p.DemWindow[d]];
            if ((uint)day < (uint)worked.Length)
            {
                worked[day] = true;
            }
        }
    }
}
