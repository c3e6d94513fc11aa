namespace Concordia.Planning.Engine;

/// <summary>
/// Cheap necessary conditions for giving an agent one more duty (availability, shift length, no overlap, rest and
/// changeover with its neighbours). Rejecting here spares the full rule evaluation for most candidates.
/// </summary>
internal static class QuickCheck
{
    public static bool CanTake(CompiledProblem p, Solution s, int agent, int demand)
    {
        var w = p.DemWindow[demand];
        if (!p.AgentAvailable(agent, w) || !p.AgentHasCap(agent, p.DemCap[demand]))
        {
            return false;
        }

        var members = p.AgentMembers[agent];
        var rest = 0;
        foreach (var m in members)
        {
            var l = p.StaffLimits[m];
            if (p.WinEnd[w] - p.WinStart[w] > l.MaxShiftMinutes)
            {
                return false;
            }

            rest = Math.Max(rest, l.MinRestMinutes);
        }

        var list = s.Duties(agent);
        var start = p.WinStart[w];
        var end = p.WinEnd[w];
        var reach = Math.Max(rest, Math.Max(p.Rules.DefaultChangeover, 2 * 24 * 60));

        // Duties are sorted by start; walk back and forward from the insertion point while they can interact.
        var i = list.Count - 1;
        while (i >= 0 && p.WinStart[p.DemWindow[list[i]]] > start)
        {
            i--;
        }

        for (var j = i; j >= 0; j--)
        {
            var o = list[j];
            var oEnd = p.WinEnd[p.DemWindow[o]];
            if (oEnd + reach <= start)
            {
                break;
            }

            if (Conflicts(p, o, demand, rest))
            {
                return false;
            }
        }

        for (var j = i + 1; j < list.Count; j++)
        {
            var o = list[j];
            if (p.WinStart[p.DemWindow[o]] >= end + reach)
            {
                break;
            }

            if (Conflicts(p, demand, o, rest))
            {
                return false;
            }
        }

        return true;

        bool Conflicts(CompiledProblem p, int first, int second, int rest)
        {
            int w1 = p.DemWindow[first], w2 = p.DemWindow[second];
            if (w1 == w2 || (p.WinStart[w2] < p.WinEnd[w1] && p.WinStart[w1] < p.WinEnd[w2]))
            {
                return true;
            }

            var gap = p.WinStart[w2] - p.WinEnd[w1];
            if (gap < 0)
            {
                gap = p.WinStart[w1] - p.WinEnd[w2];
            }

            if (gap < rest || gap < p.Changeover(p.DemSite[first], p.DemSite[second]))
            {
                return true;
            }

            var d1 = p.WinDay[w1];
            var d2 = p.WinDay[w2];
            return d2 - d1 == 1 && p.ForbiddenAfter[p.WinKind[w1], p.WinKind[w2]];
        }
    }
}
