using Concordia.Planning.Engine.Roster;
using Google.OrTools.LinearSolver;

namespace Concordia.Planning.Engine.Pricing;

/// <summary>
/// The master over whole schedules in integers: each agent takes exactly one of the schedules offered for it (those the
/// column generation found for the linear relaxation, and the roster's own), paying the schedules' own costs and under-
/// and over-cover per demand, solved by SCIP (a set-partitioning model, where branching on the linear relaxation does
/// better than CP-SAT's search on two threads) with the roster as hint. Schedules priced for the relaxation often
/// combine into a roster cheaper than the search's, and the roster itself is always among the answers, so the master
/// never proposes a roster dearer than the one it started from (by its own measure; the caller keeps the rules' score).
/// Cell rules other than under- and over-cover are left out, as in <see cref="ColumnGeneration"/>.
/// </summary>
internal static class ColumnMaster
{
    /// <summary>
    /// The best combination of the offered schedules found before the deadline (one demand or -1 per agent and day), or
    /// null when the solver found none in time. <paramref name="roster"/>'s schedules are offered too and are the hint.
    /// </summary>
    public static int[][]? Solve(RosterInstance r, AgentGraph[] graphs, IEnumerable<(int Agent, int[] Choice)> offered, int[][] roster, Deadline deadline, CancellationToken ct)
    {
        var p = r.P;
        var schedules = new List<int[]>[r.Agents];
        var keys = new HashSet<string>[r.Agents];
        for (var a = 0; a < r.Agents; a++)
        {
            (schedules[a], keys[a]) = ([roster[a]], [string.Join(',', roster[a])]);
        }

        foreach (var (a, choice) in offered)
        {
            if (keys[a].Add(string.Join(',', choice)))
            {
                schedules[a].Add(choice);
            }
        }

        using var mip = Solver.CreateSolver("SCIP") ?? throw new InvalidOperationException("SCIP is not available");
        var objective = mip.Objective();
        var cover = ColumnGeneration.CoverRows(mip, p);
        var chosen = new Variable[r.Agents][];
        var hintVars = new List<Variable>();
        var hintValues = new List<double>();
        for (var a = 0; a < r.Agents; a++)
        {
            chosen[a] = new Variable[schedules[a].Count];
            var one = mip.MakeConstraint(1, 1);
            for (var c = 0; c < schedules[a].Count; c++)
            {
                var x = chosen[a][c] = mip.MakeBoolVar("");
                ColumnGeneration.Schedule(mip, x, Math.Round(graphs[a].CostOf(schedules[a][c])), one, cover, schedules[a][c]);
                hintVars.Add(x);
                hintValues.Add(c == 0 ? 1 : 0);
            }
        }

        objective.SetMinimization();
        mip.SetHint(hintVars.ToArray(), hintValues.ToArray());
        mip.SetTimeLimit((long)(1000 * deadline.Seconds(0.01)));
        Solver.ResultStatus status;
        using (ct.Register(() => mip.InterruptSolve()))
        {
            status = mip.Solve();
        }

        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE))
        {
            return null;
        }

        var answer = new int[r.Agents][];
        for (var a = 0; a < r.Agents; a++)
        {
            var c = Array.FindIndex(chosen[a], x => x.SolutionValue() > 0.5);
            answer[a] = schedules[a][Math.Max(0, c)];
        }

        return answer;
    }
}
