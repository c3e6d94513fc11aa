using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>
/// Officers under their own country's command (Turkey's contingent at Qatar 2022) serve as units with their leader:
/// a person who serves under a leader (<see cref="Model.StaffMember.CommandedBy"/>) is on duty only at a site and
/// window where that leader is on duty too, whatever either of them does there. Each such person at a site and window
/// without their leader is one unit of violation.
/// </summary>
internal sealed class OwnCommandRule : CellRule
{
    public override string Description => "Officers under their own country's command serve only at a site and window where their unit leader serves.";

    public override Score Evaluate(CompiledProblem p, int cell, PlanCounts counts, ViolationSink? sink)
    {
        if (p.CommandGroupCount == 0 || counts.CellUnled[cell] == 0)
        {
            return Score.Zero;
        }

        if (sink is not null)
        {
            for (var g = 0; g < p.CommandGroupCount; g++)
            {
                var i = (cell * p.CommandGroupCount) + g;
                if (counts.CommandMembers[i] > 0 && counts.CommandLeaders[i] == 0)
                {
                    var leader = p.CommandLeader[g];
                    sink.Add(this, counts.CommandMembers[i], CostOf(counts.CommandMembers[i]),
                        $"{counts.CommandMembers[i]} officer(s) under own command without their leader {(leader >= 0 ? p.Source.Staff[leader].Id : "(not in the problem)")}",
                        leader, p.CellSite[cell], p.CellWindow[cell]);
                }
            }
        }

        return Charge(counts.CellUnled[cell]);
    }

    /// <summary>
    /// Per command group that can have persons at the cell: persons under the leader − M × the leader stays at most
    /// zero, M being more than all the group's persons: without the leader each person there is one unit above zero,
    /// with the leader the sum is negative.
    /// </summary>
    public override void Encode(Encoding.IRuleModel m, int cell)
    {
        var p = m.Problem;
        var groupCount = p.CommandGroupCount;
        if (groupCount == 0)
        {
            return;
        }

        var groups = new SortedSet<int>();
        for (var g = 0; g < groupCount; g++)
        {
            if (m.Fixed.CommandMembers[(cell * groupCount) + g] > 0)
            {
                groups.Add(g);
            }
        }

        foreach (var d in p.CellDemands[cell])
        {
            foreach (var c in m.AtDemand(d))
            {
                foreach (var (g, members, _) in p.AgentCommand[c.Agent])
                {
                    if (members > 0)
                    {
                        groups.Add(g);
                    }
                }
            }
        }

        foreach (var g in groups)
        {
            var i = (cell * groupCount) + g;
            long big = 1 + m.Fixed.CommandMembers[i] + p.CommandSize[g];
            var terms = Tally(m, cell, a => Brings(p, a, g, big), m.Fixed.CommandMembers[i] - (big * m.Fixed.CommandLeaders[i]));
            m.AtMost(this, terms, 0, 1, UnitCost());
        }
    }

    private static long Brings(CompiledProblem p, int agent, int group, long big)
    {
        foreach (var (g, members, leaders) in p.AgentCommand[agent])
        {
            if (g == group)
            {
                return members - (big * leaders);
            }
        }

        return 0;
    }
}
