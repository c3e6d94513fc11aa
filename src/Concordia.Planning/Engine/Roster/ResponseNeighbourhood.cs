using Concordia.Planning.Engine.Pricing;

namespace Concordia.Planning.Engine.Roster;

/// <summary>
/// Ruin and recreate by best responses: a few agents leave the roster, then each in turn takes its cheapest schedule
/// over the whole horizon against the cover the others leave (<see cref="BestResponse"/>, the schedule programme with a
/// beam ranked by the agent's relaxation prices), and they respond again while one of them finds a cheaper schedule.
/// The move is kept unless the roster's score got worse. Where a CP-SAT neighbourhood of a few agents over the whole
/// horizon needs its budget to be solved, a response takes milliseconds, so many more exchanges are tried per second.
/// One per search thread: the relaxations' multipliers are the thread's own.
/// </summary>
internal sealed class ResponseNeighbourhood
{
    private readonly AgentGraph[] graphs;
    private readonly ScheduleRelaxation?[] relaxations;

    public ResponseNeighbourhood(AgentGraph[] graphs)
    {
        this.graphs = graphs;
        relaxations = new ScheduleRelaxation?[graphs.Length];
    }

    /// <summary>
    /// The work done so far, in transitions of the schedule programme (<see cref="AgentGraph.Transitions"/>) over every
    /// response: it grows with the time the responses took, but unlike a clock does not depend on the machine's load.
    /// </summary>
    public long Work { get; private set; }

    /// <summary>
    /// Takes <paramref name="agents"/> off the roster and lets them respond in the given order, then again until no one
    /// improves (at most <see cref="Tuning.ResponsePasses"/> passes); restores them when the roster got worse.
    /// </summary>
    public void Run(RosterState state, int[] agents, Deadline deadline, CancellationToken ct)
    {
        var before = state.Score;
        var saved = RosterMove.Of(state, agents, 0, state.Choice[0].Length - 1);
        foreach (var a in agents)
        {
            BestResponse.Apply(state, a, Off(state.Choice[a].Length));
        }

        foreach (var a in agents)
        {
            if (ct.IsCancellationRequested || deadline.Passed || !Respond(state, a, double.PositiveInfinity, deadline))
            {
                saved.WriteTo(state);
                return;
            }
        }

        for (var pass = 0; pass < Tuning.ResponsePasses && !ct.IsCancellationRequested && !deadline.Passed; pass++)
        {
            var better = false;
            foreach (var a in agents)
            {
                better |= Improve(state, a, deadline);
            }

            if (!better)
            {
                break;
            }
        }

        if (state.Score > before)
        {
            saved.WriteTo(state);
        }
    }

    /// <summary>The agent takes its best response when it is cheaper than its schedule (or its schedule breaks a rule).</summary>
    public bool Improve(RosterState state, int agent, Deadline deadline)
    {
        var g = graphs[agent];
        if (BestResponse.CoverCosts(g, state) is not { } cover)
        {
            return false;
        }

        var cutoff = state.Feasible(agent) ? BestResponse.CostOf(g, cover, state.Choice[agent]) - Tuning.CostTolerance : double.PositiveInfinity;
        return Respond(state, agent, cover, cutoff, deadline);
    }

    private bool Respond(RosterState state, int agent, double cutoff, Deadline deadline) =>
        BestResponse.CoverCosts(graphs[agent], state) is { } cover && Respond(state, agent, cover, cutoff, deadline);

    private bool Respond(RosterState state, int agent, double[][] cover, double cutoff, Deadline deadline)
    {
        var g = graphs[agent];
        Work += g.Transitions;
        var relaxation = relaxations[agent] ??= new ScheduleRelaxation(g);
        relaxation.Bound(cover, 1);
        var found = ScheduleDp.Solve(g, cover, cutoff, int.MaxValue, out _, deadline, Tuning.ResponseBeam, relaxation.Weights);
        if (found is null)
        {
            return false;
        }

        BestResponse.Apply(state, agent, found.Choice);
        return true;
    }

    private static int[] Off(int days)
    {
        var off = new int[days];
        Array.Fill(off, -1);
        return off;
    }
}
