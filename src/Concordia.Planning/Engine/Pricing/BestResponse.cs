using Concordia.Planning.Engine.Roster;

namespace Concordia.Planning.Engine.Pricing;

/// <summary>
/// One agent's best response in a day roster: the cheapest schedule over the whole horizon against the cover the
/// other agents leave, by dynamic programming (<see cref="ScheduleDp"/>). What each option would change at its cell
/// (under-cover, over-cover, languages, joint patrols: every active cell rule) is the rules' own evaluation of the
/// cell with and without the agent, so the programme's cost is the roster's score change exactly.
/// </summary>
internal static class BestResponse
{
    /// <summary>
    /// Per day and option, the change in the cell rules' score when the agent takes it, the others as they are; null
    /// when an option would change any hard cell rule, even where another changes the other way (the programme weighs
    /// soft costs only).
    /// </summary>
    public static double[][]? CoverCosts(AgentGraph g, RosterState state)
    {
        var p = g.P;
        var counts = state.Plan.Counts;
        var current = state.Choice[g.Agent];
        foreach (var d in current)
        {
            if (d >= 0)
            {
                counts.Apply(p, g.Agent, d, -1);
            }
        }

        var costs = new double[g.Days][];
        var hard = false;
        for (var day = 0; day < g.Days; day++)
        {
            var options = g.Options[day];
            costs[day] = new double[options.Length];
            for (var k = 0; k < options.Length; k++)
            {
                var d = options[k];
                var cell = p.DemCell[d];
                var rules = p.Rules.ActiveCells;
                var without = new Score[rules.Length];
                for (var r = 0; r < rules.Length; r++)
                {
                    without[r] = rules[r].Evaluate(p, cell, counts, null);
                }

                counts.Apply(p, g.Agent, d, +1);
                long soft = 0;
                for (var r = 0; r < rules.Length; r++)
                {
                    // Rule by rule: one hard rule broken once more and another once less is no free option.
                    var delta = rules[r].Evaluate(p, cell, counts, null) - without[r];
                    hard |= delta.Hard != 0;
                    soft += delta.Soft;
                }

                counts.Apply(p, g.Agent, d, -1);
                costs[day][k] = soft;
            }
        }

        foreach (var d in current)
        {
            if (d >= 0)
            {
                counts.Apply(p, g.Agent, d, +1);
            }
        }

        return hard ? null : costs;
    }

    /// <summary>
    /// The agent's best schedule against the others' cover, if it is cheaper than its current one (or the current one
    /// breaks a rule); null when there is none or the programme ran out of labels.
    /// </summary>
    public static ScheduleDp.Result? Find(AgentGraph g, RosterState state, int labelLimit)
    {
        if (CoverCosts(g, state) is not { } cover)
        {
            return null;
        }

        var cutoff = state.Feasible(g.Agent) ? CostOf(g, cover, state.Choice[g.Agent]) - Tuning.CostTolerance : double.PositiveInfinity;
        return ScheduleDp.Solve(g, cover, cutoff, labelLimit, out _);
    }

    /// <summary>A schedule's cost in the programme's terms: the agent's own soft costs plus the cover costs of its duties.</summary>
    public static double CostOf(AgentGraph g, double[][] extra, int[] choice)
    {
        var cost = g.CostOf(choice);
        for (var day = 0; day < g.Days; day++)
        {
            var k = Array.IndexOf(g.Options[day], choice[day]);
            cost += k >= 0 ? extra[day][k] : 0;
        }

        return cost;
    }

    /// <summary>Writes every agent's schedule into the roster.</summary>
    public static void Apply(RosterState state, int[][] roster)
    {
        for (var agent = 0; agent < roster.Length; agent++)
        {
            Apply(state, agent, roster[agent]);
        }
    }

    /// <summary>Writes a schedule into the roster.</summary>
    public static void Apply(RosterState state, int agent, int[] choice)
    {
        for (var day = 0; day < choice.Length; day++)
        {
            state.Set(agent, day, choice[day]);
        }
    }
}
