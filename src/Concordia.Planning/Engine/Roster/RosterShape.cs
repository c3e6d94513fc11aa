namespace Concordia.Planning.Engine.Roster;

/// <summary>
/// Recognises day rosters (the Curtois &amp; Qu benchmark's shape): all windows of a day overlap one another, so a
/// member works at most one window a day and a roster is one choice per agent and day; and nothing is published
/// (re-planning keeps to the general engine, which starts from the published plan). Such a problem is solved by the
/// roster search; its models state the same rules as every other model.
/// </summary>
internal static class RosterShape
{
    public static bool Fits(CompiledProblem p)
    {
        if (p.Source.Published.Count > 0 || p.FrozenUntil != int.MinValue || p.WindowCount == 0)
        {
            return false;
        }

        for (var w = 0; w < p.WindowCount; w++)
        {
            if ((uint)p.WinDay[w] >= (uint)p.Days)
            {
                return false;
            }
        }

        return p.DayWindowsOverlap.All(x => x);
    }
}
