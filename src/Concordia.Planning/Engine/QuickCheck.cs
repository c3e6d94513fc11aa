using System.Runtime.InteropServices;

namespace Concordia.Planning.Engine;

/// <summary>
/// The cheap necessary test before scoring a candidate duty: the agent has the capability and every binding rule
/// with a cheap test admits the duty for every member (see <c>StaffRule.Admits</c>). Rejecting here spares the full
/// score change for most candidates; a rule switched off or made soft never rejects.
/// </summary>
internal static class QuickCheck
{
    public static bool CanTake(CompiledProblem p, Solution s, int agent, int demand) =>
        Admitted(p, agent, CollectionsMarshal.AsSpan(s.Duties(agent)), demand);

    /// <summary>
    /// The same test as if the agent had given up <paramref name="without"/> first: a chain asks it before giving a
    /// duty up, which costs a full score change, and again to take it back when the test fails.
    /// </summary>
    public static bool CanTakeWithout(CompiledProblem p, Solution s, int agent, int demand, int without)
    {
        var duties = s.Duties(agent);
        Span<int> rest = duties.Count <= 128 ? stackalloc int[duties.Count] : new int[duties.Count];
        var n = 0;
        foreach (var e in duties)
        {
            if (e != without)
            {
                rest[n++] = e;
            }
        }

        return Admitted(p, agent, rest[..n], demand);
    }

    private static bool Admitted(CompiledProblem p, int agent, ReadOnlySpan<int> duties, int demand)
    {
        if (!p.AgentHasCap(agent, p.DemCap[demand]))
        {
            return false;
        }

        foreach (var m in p.AgentMembers[agent])
        {
            foreach (var rule in p.Rules.Admitting)
            {
                if (!rule.Admits(p, m, duties, demand))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
