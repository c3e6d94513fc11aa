namespace Concordia.Planning.Engine.Roster;

/// <summary>
/// What one move left in a roster: the given agents' choices over days From..To. Another copy of the roster can take
/// it (<see cref="TryOn"/>); it keeps it only when its own score gets lower, so moves found on other copies in parallel
/// add up where they do not interfere.
/// </summary>
internal sealed record RosterMove(int[] Agents, int From, int To, int[][] Choices)
{
    public static RosterMove Of(RosterState state, int[] agents, int from, int to) =>
        new(agents, from, to, agents.Select(a => state.Choice[a][from..(to + 1)]).ToArray());

    /// <summary>Writes the move into <paramref name="state"/>; keeps it when the score is lower, else restores.</summary>
    public bool TryOn(RosterState state)
    {
        var before = state.Score;
        var saved = Agents.Select(a => state.Choice[a][From..(To + 1)]).ToArray();
        Write(state, Choices);
        if (state.Score < before)
        {
            return true;
        }

        Write(state, saved);
        return false;
    }

    private void Write(RosterState state, int[][] choices)
    {
        for (var k = 0; k < Agents.Length; k++)
        {
            for (var i = 0; i < choices[k].Length; i++)
            {
                state.Set(Agents[k], From + i, choices[k][i]);
            }
        }
    }
}
