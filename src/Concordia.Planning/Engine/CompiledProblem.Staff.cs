using Concordia.Planning.Model;

namespace Concordia.Planning.Engine;

/// <summary>Staff, teams (agents) and the published plan as arrays.</summary>
internal sealed partial class CompiledProblem
{
    private (int, int[], bool[], bool[], int[], int[][], int[][], int[][], int[][], Limits[]) CompileStaff(PlanningProblem problem)
    {
        var n = problem.Staff.Count;
        var agentOf = new int[n];
        var host = new bool[n];
        var person = new bool[n];
        var country = new int[n];
        var languages = new int[n][];
        var caps = new int[n][];
        var availability = new int[n][];
        var daysOff = new int[n][];
        var limits = new Limits[n];
        var sharedLimits = Limits.From(problem.Rules.Limits, KindIndex);
        var day0 = DateOnly.FromDateTime(problem.HorizonStart.UtcDateTime).DayNumber;
        for (var s = 0; s < n; s++)
        {
            var m = problem.Staff[s];
            StaffIndex[m.Id] = s;
            host[s] = m.Host;
            person[s] = m.Kind == StaffKind.Person;
            country[s] = Intern(CountryIndex, m.Country);
            languages[s] = m.Languages.Select(l => Intern(LanguageIndex, l)).Distinct().ToArray();
            caps[s] = m.Capabilities.Select(c => Intern(CapIndex, c)).Distinct().ToArray();
            availability[s] = m.Availability
                .OrderBy(a => a.Start)
                .SelectMany(a => new[] { Minutes(a.Start), Minutes(a.End) })
                .ToArray();
            daysOff[s] = m.DaysOff.Select(d => d.DayNumber - day0).Distinct().Order().ToArray();
            limits[s] = m.Limits is null ? sharedLimits : Limits.From(problem.Rules.Limits.Overlay(m.Limits), KindIndex);
        }

        return (n, agentOf, host, person, country, languages, caps, availability, daysOff, limits);
    }

    private (int, int[][], int[][], int[][]) CompileAgents(PlanningProblem problem)
    {
        var members = new List<List<int>>();
        var teamAgent = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < StaffCount; s++)
        {
            var team = problem.Staff[s].TeamId;
            if (team is not null && teamAgent.TryGetValue(team, out var a))
            {
                members[a].Add(s);
                StaffAgent[s] = a;
                continue;
            }

            StaffAgent[s] = members.Count;
            if (team is not null)
            {
                teamAgent[team] = members.Count;
            }

            members.Add([s]);
        }

        var agentMembers = members.Select(l => l.ToArray()).ToArray();
        var agentCaps = agentMembers.Select(ms => ms.SelectMany(m => StaffCaps[m]).Distinct().ToArray()).ToArray();
        var byCap = Enumerable.Range(0, CapIndex.Count).Select(_ => new List<int>()).ToArray();
        for (var a = 0; a < agentMembers.Length; a++)
        {
            foreach (var c in agentCaps[a])
            {
                byCap[c].Add(a);
            }
        }

        return (agentMembers.Length, agentMembers, agentCaps, byCap.Select(l => l.ToArray()).ToArray());
    }

    /// <summary>
    /// Own command as groups, one per leader persons serve under: who serves in which group, who leads which, and what
    /// each agent brings to each group. Dogs follow their team and count on neither side. A unit planned as one team
    /// with its leader needs no group: a team shares every duty (TeamTogether), so its persons are always with their
    /// leader, and the plan keeps no tallies for it.
    /// </summary>
    private (int, int[], int[], int[], int[], (int, int, int)[][]) CompileCommand(PlanningProblem problem)
    {
        var under = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var s = 0; s < StaffCount; s++)
        {
            if (StaffPerson[s] && problem.Staff[s].CommandedBy is { } leader && leader != problem.Staff[s].Id)
            {
                (under.TryGetValue(leader, out var list) ? list : under[leader] = []).Add(s);
            }
        }

        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var serves = Enumerable.Repeat(-1, StaffCount).ToArray();
        foreach (var (leader, persons) in under.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            if (StaffIndex.TryGetValue(leader, out var l) && persons.All(s => StaffAgent[s] == StaffAgent[l]))
            {
                continue;
            }

            var g = Intern(groupOf, leader);
            foreach (var s in persons)
            {
                serves[s] = g;
            }
        }

        var leaders = new int[groupOf.Count];
        var leads = Enumerable.Repeat(-1, StaffCount).ToArray();
        foreach (var (id, g) in groupOf)
        {
            leaders[g] = StaffIndex.TryGetValue(id, out var s) && StaffPerson[s] ? s : -1;
            if (leaders[g] >= 0)
            {
                leads[leaders[g]] = g;
            }
        }

        var size = new int[groupOf.Count];
        foreach (var g in serves.Where(g => g >= 0))
        {
            size[g]++;
        }

        var agents = AgentMembers.Select(ms => ms
                .SelectMany(m => new[] { (Group: serves[m], Members: 1, Leaders: 0), (Group: leads[m], Members: 0, Leaders: 1) })
                .Where(x => x.Group >= 0)
                .GroupBy(x => x.Group)
                .Select(x => (x.Key, x.Sum(y => y.Members), x.Sum(y => y.Leaders)))
                .OrderBy(x => x.Key)
                .ToArray())
            .ToArray();
        return (groupOf.Count, leaders, size, serves, leads, agents);
    }

    /// <summary>
    /// Per member, the published duties the new plan could still keep (the demand still wanted, no binding rule
    /// forbidding the duty itself), sorted by window start; and every published assignment resolved to its indices.
    /// </summary>
    private (int[][] PerStaff, (int Staff, int Demand)[] Resolved) CompilePublished(PlanningProblem problem)
    {
        var lists = new List<int>?[StaffCount];
        var resolved = new (int Staff, int Demand)[problem.Published.Count];
        for (var i = 0; i < resolved.Length; i++)
        {
            var (s, d) = resolved[i] = Resolve(problem.Published[i]);
            if (s >= 0 && DemRequired[d] > 0 && Keepable(s, d))
            {
                (lists[s] ??= []).Add(d);
            }
        }

        return (lists.Select(l => l is null ? [] : l.Distinct().OrderBy(d => WinStart[DemWindow[d]]).ThenBy(d => d).ToArray()).ToArray(), resolved);
    }

    /// <summary>An assignment's member and demand, or (-1, -1) when the problem has no such member or demand line.</summary>
    public (int Staff, int Demand) Resolve(Assignment a) =>
        StaffIndex.TryGetValue(a.StaffId, out var s) && SiteIndex.TryGetValue(a.SiteId, out var site)
        && WindowIndex.TryGetValue(a.WindowId, out var w) && CapIndex.TryGetValue(a.Capability, out var cap)
        && DemandIndex.TryGetValue((site, w, cap), out var d)
            ? (s, d)
            : (-1, -1);

    /// <summary>The frozen horizon is left out: it asks to keep published duties, so it cannot make one unkeepable.</summary>
    private bool Keepable(int staff, int demand) =>
        Rules.Filtering.All(r => r is Concordia.Planning.Rules.FrozenHorizonRule || r.Allows(this, staff, demand));
}
