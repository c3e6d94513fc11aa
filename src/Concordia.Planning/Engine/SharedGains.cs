namespace Concordia.Planning.Engine;

/// <summary>
/// What the other search threads found in a round, offered to the best thread's plan before it is copied to all:
/// the schedules of the agents a thread changed since the round started, first all together, and when that does not
/// lower the best plan's score, agent by agent. A change is kept only where it lowers the score, so improvements found
/// in parallel on different agents add up instead of all but one thread's being lost.
/// </summary>
internal static class SharedGains
{
    /// <summary>Offers <paramref name="found"/>'s changes since <paramref name="start"/> to <paramref name="best"/>.</summary>
    public static void Offer(Solution start, Solution found, Solution best)
    {
        var changed = Enumerable.Range(0, best.Problem.AgentCount)
            .Where(a => !Same(found.Duties(a), start.Duties(a)) && !Same(found.Duties(a), best.Duties(a)))
            .ToArray();
        if (changed.Length == 0 || TryTake(found, best, changed))
        {
            return;
        }

        foreach (var a in changed)
        {
            TryTake(found, best, [a]);
        }
    }

    private static bool TryTake(Solution found, Solution best, int[] agents)
    {
        var before = best.Total;
        var saved = agents.Select(a => best.Duties(a).ToArray()).ToArray();
        foreach (var a in agents)
        {
            best.SetDuties(a, found.Duties(a).ToArray());
        }

        if (best.Total < before)
        {
            return true;
        }

        for (var k = 0; k < agents.Length; k++)
        {
            best.SetDuties(agents[k], saved[k]);
        }

        return false;
    }

    private static bool Same(List<int> x, List<int> y) => x.Count == y.Count && x.SequenceEqual(y);
}
