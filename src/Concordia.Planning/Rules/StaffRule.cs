using Concordia.Planning.Engine;
using Concordia.Planning.Rules.Encoding;

namespace Concordia.Planning.Rules;

/// <summary>
/// A rule that only looks at one member's duties, so a move's effect is known from the members it touches. Each
/// staff rule states, in its own file: its check and cost (<see cref="Evaluate"/>, what the validator computes),
/// its incremental evaluation for moves (<see cref="Delta"/>), its cheap test for construction
/// (<see cref="Allows"/>, <see cref="Admits"/>) and its CP-SAT encoding (<see cref="Encode"/>).
/// </summary>
internal abstract class StaffRule : Rule
{
    private bool? filters;
    private bool? tests;

    /// <summary>Check and cost: scores one member's duties (demand indices sorted by window start, then demand).</summary>
    public abstract Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink);

    /// <summary>
    /// Incremental evaluation: this rule's score change for the member when <paramref name="demand"/> joins
    /// (<paramref name="added"/>) or leaves <paramref name="duties"/>, the schedule before the change. Null when the
    /// cost depends on the whole schedule: the move then evaluates the rule again on the new schedule.
    /// </summary>
    public virtual Score? Delta(CompiledProblem p, int staff, ReadOnlySpan<int> duties, int demand, bool added) => null;

    /// <summary>
    /// Cheap test, for a binding rule: false when the duty alone breaks the rule for this member, whatever else the
    /// member does. Models then create no variable for it, and construction never tries it.
    /// </summary>
    public virtual bool Allows(CompiledProblem p, int staff, int demand) => true;

    /// <summary>
    /// Cheap test, for a binding rule: false when giving <paramref name="demand"/> to a member who has
    /// <paramref name="duties"/> surely breaks the rule. Construction and moves try only duties every binding rule admits.
    /// </summary>
    public virtual bool Admits(CompiledProblem p, int staff, ReadOnlySpan<int> duties, int demand) => Allows(p, staff, demand);

    /// <summary>The CP-SAT encoding: states the rule for one free agent of a model (each member of a team counts).</summary>
    public abstract void Encode(IRuleModel m, int agent);

    /// <summary>Whether <see cref="Allows"/> can say no.</summary>
    public bool FiltersDuties => filters ??= Declares(nameof(Allows));

    /// <summary>Whether <see cref="Admits"/> can say no.</summary>
    public bool TestsAdditions => tests ??= FiltersDuties || Declares(nameof(Admits));

    /// <summary>The members of an agent grouped by their limits: rules that read only limits state one group once.</summary>
    protected static IEnumerable<(int Member, int Count)> ByLimits(CompiledProblem p, int agent) =>
        p.AgentMembers[agent].GroupBy(m => p.StaffLimits[m]).Select(g => (g.First(), g.Count()));

    /// <summary>Minutes from the horizon start of a duty's window start.</summary>
    protected static int Start(CompiledProblem p, int demand) => p.WinStart[p.DemWindow[demand]];

    protected static int DayOf(CompiledProblem p, int demand) => p.WinDay[p.DemWindow[demand]];

    protected static int Length(CompiledProblem p, int demand) => p.WinEnd[p.DemWindow[demand]] - p.WinStart[p.DemWindow[demand]];

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
            var day = DayOf(p, d);
            if ((uint)day < (uint)worked.Length)
            {
                worked[day] = true;
            }
        }
    }

    private bool Declares(string method) =>
        GetType().GetMethods().Where(x => x.Name == method).Any(x => x.DeclaringType != typeof(StaffRule));
}
