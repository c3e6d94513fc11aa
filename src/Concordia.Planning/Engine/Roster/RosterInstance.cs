namespace Concordia.Planning.Engine.Roster;

/// <summary>
/// A day roster as arrays: per agent and day the demands the agent may take that day (capability and binding
/// rules' <c>Allows</c> permitting). Read-only once built, shared by all search threads.
/// </summary>
internal sealed class RosterInstance
{
    public RosterInstance(CompiledProblem problem)
    {
        P = problem;
        Agents = problem.AgentCount;
        Days = problem.Days;
        Options = new int[Agents][][];
        for (var a = 0; a < Agents; a++)
        {
            Options[a] = new int[Days][];
            for (var day = 0; day < Days; day++)
            {
                Options[a][day] = problem.DayWindows[day]
                    .SelectMany(w => problem.WindowDemands[w])
                    .Where(d => problem.AgentHasCap(a, problem.DemCap[d]) && problem.Rules.Allows(problem, a, d))
                    .ToArray();
            }
        }
    }

    public CompiledProblem P { get; }

    public int Agents { get; }

    public int Days { get; }

    /// <summary>Per agent and day, the demands the agent may take that day.</summary>
    public int[][][] Options { get; }

    public int DayOf(int demand) => P.WinDay[P.DemWindow[demand]];
}
