using System.Runtime.InteropServices;

namespace Concordia.Planning.Engine;

/// <summary>
/// The cheap necessary test before scoring a candidate duty: the agent has the capability and every binding rule
/// with a cheap test admits the duty for every member (see <c>StaffRule.Admits</c>). Rejecting here spares the full
/// score change for most candidates; a rule switched off or made soft never rejects.
/// </summary>
internal static class QuickCheck
{
    public static bool CanTake(CompiledProblem p, Solution s, int agent, int demand)
    {
        if (!p.AgentHasCap(agent, p.DemCap[demand]))
        {
            return false;
        }

        var duties = CollectionsMarshal.AsSpan(s.Duties(agent));
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
