namespace Concordia.Planning.Engine.Roster;

/// <summary>
/// The given agents' choices over days From..To of a roster: what a move left there, or what was there before it. Another
/// copy of the roster can take a move (<see cref="TryOn"/>); it keeps it only when its own score gets lower, so moves
/// found on other copies in parallel add up where they do not interfere.
/// </summary>
internal sealed record RosterMove(int[] Agents, int From, int To, int[][] Choices)
{
    public static RosterMove Of(RosterState state, int[] agents, int from, int to) =>
        new(agents, from, to, agents.Select(a => state.Choice[a][from..(to + 1)]).ToArray());

    /// <summary>Writes the move into <paramref name="state"/>; keeps it when the score is lower, else restores.</summary>
    public bool TryOn(RosterState state)
    {
        var before = state.Score;
        var saved = Of(state, Agents, From, To);
        WriteTo(state);
        if (state.Score < before)
        {
            return true;
        }

        saved.WriteTo(state);
        return false;
    }

    /// <summary>Puts these choices in place of the state's over the same agents and days.</summary>
    public void WriteTo(RosterState state)
    {
        for (var k = 0; k < Agents.Length; k++)
        {
            for (var i = 0; i < Choices[k].Length; i++)
            {
                state.Set(Agents[k], From + i, Choices[k][i]);
            }
        }
    }
}
