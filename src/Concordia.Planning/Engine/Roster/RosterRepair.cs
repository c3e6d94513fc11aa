namespace Concordia.Planning.Engine.Roster;

/// <summary>
/// Makes one agent's schedule feasible by re-solving short stretches around its faults (a run too short or too
/// long, a break too short), the rest of its horizon fixed; then, if a fault remains (minutes, weekends, counts
/// over the whole horizon), by re-solving the whole horizon. A stretch of a month is a small model, where the
/// whole horizon of a long instance can take CP-SAT seconds.
/// </summary>
internal static class RosterRepair
{
    private const int Reach = 14;

    public static bool Run(RosterInstance r, RosterState state, int agent, int seed, double budget, DateTime deadlineUtc, CancellationToken ct)
    {
        foreach (var day in Faults(r, state, agent))
        {
            if (ct.IsCancellationRequested || DateTime.UtcNow >= deadlineUtc)
            {
                return false;
            }

            var model = new RosterModel(r, state, [agent], day - Reach, day + Reach);
            if (RosterSolver.Solve(model, seed, budget, deadlineUtc, ct, out _) is { } solver)
            {
                model.Apply(solver);
                if (state.CheckAgent(agent))
                {
                    return true;
                }
            }
        }

        var whole = new RosterModel(r, state, [agent], 0, r.Days - 1);
        if (RosterSolver.Solve(whole, seed, 3 * budget, deadlineUtc, ct, out _) is { } wholeSolver)
        {
            whole.Apply(wholeSolver);
        }

        return state.CheckAgent(agent);
    }

    /// <summary>First days of runs of work or of breaks that break a run-length rule, in day order.</summary>
    private static List<int> Faults(RosterInstance r, RosterState state, int agent)
    {
        var l = r.Limits[agent];
        var choice = state.Choice[agent];
        var faults = new List<int>();
        var start = 0;
        for (var day = 1; day <= r.Days; day++)
        {
            if (day < r.Days && (choice[day] >= 0) == (choice[start] >= 0))
            {
                continue;
            }

            var length = day - start;
            var atEdge = start == 0 || day == r.Days;
            if (choice[start] >= 0
                ? length > l.MaxConsecutiveDays || (length < l.MinConsecutiveDays && !(atEdge && r.EdgesOpen))
                : length < l.MinConsecutiveDaysOff && !atEdge)
            {
                faults.Add(start);
            }

            start = day;
        }

        return faults;
    }
}
