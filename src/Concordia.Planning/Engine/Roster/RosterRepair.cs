using Concordia.Planning.Rules;

namespace Concordia.Planning.Engine.Roster;

/// <summary>
/// Makes one agent's schedule feasible by re-solving short stretches around the days where its rules say it is
/// broken (a run too short or too long, a break too short, a week too long), the rest of its horizon fixed; then, if
/// a fault remains (minutes, weekends, counts over the whole horizon), by re-solving the whole horizon. A stretch of a
/// month is a small model, where the whole horizon of a long instance can take CP-SAT seconds.
/// </summary>
internal static class RosterRepair
{
    public static bool Run(RosterInstance r, RosterState state, int agent, int seed, double budget, Deadline deadline, CancellationToken ct)
    {
        foreach (var day in Faults(r, state, agent))
        {
            if (ct.IsCancellationRequested || deadline.Passed)
            {
                return false;
            }

            var model = new RosterModel(r, state, [agent], day - Tuning.RepairReachDays, day + Tuning.RepairReachDays);
            if (RosterSolver.Solve(model, seed, budget, deadline, ct, out _, out _) is { } solver)
            {
                model.Apply(solver);
                if (state.Feasible(agent))
                {
                    return true;
                }
            }
        }

        var whole = new RosterModel(r, state, [agent], 0, r.Days - 1);
        if (RosterSolver.Solve(whole, seed, 3 * budget, deadline, ct, out _, out _) is { } wholeSolver)
        {
            whole.Apply(wholeSolver);
        }

        return state.Feasible(agent);
    }

    /// <summary>The days where the agent's hard violations start, in day order, as the rules report them.</summary>
    private static List<int> Faults(RosterInstance r, RosterState state, int agent)
    {
        var p = r.P;
        var sink = new ViolationSink(p);
        var duties = state.Plan.Duties(agent).ToArray();
        foreach (var m in p.AgentMembers[agent])
        {
            Evaluator.Staff(p, m, duties, sink);
        }

        return sink.Items.Select((v, i) => (v, Day: sink.Days[i])).Where(x => x.v.Hard && x.Day >= 0).Select(x => x.Day).Distinct().Order().ToList();
    }
}
