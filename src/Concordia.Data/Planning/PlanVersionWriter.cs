using System.Text.Json;
using Concordia.Domain.Planning;
using Concordia.Planning.Solving;
using Microsoft.EntityFrameworkCore;
using Engine = Concordia.Planning.Model;

namespace Concordia.Data.Planning;

/// <summary>
/// Keeps what a plan job found as the event's next plan version: the version with the validator's report, and its
/// units (with their members as they were) and duties, written in bulk. A first plan keeps all its duties; a plan
/// based on another (a re-plan proposal) is kept as its changes against the full version at the root of its base
/// (see <see cref="PlanVersionRows"/>), so the depth stays one. The version is audited as one entry.
/// </summary>
public static class PlanVersionWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The largest gaps kept with a version (the rest are counted in its coverage).</summary>
    private const int UnmetKept = 500;

    public static async Task<PlanVersion> SaveAsync(
        ConcordiaDbContext db, PlanJob job, Engine.PlanningProblem problem, ProblemMap map, PlanResult result, DateTime at, CancellationToken ct)
    {
        var number = 1 + (await db.PlanVersions.Where(v => v.EventId == job.EventId).MaxAsync(v => (int?)v.Number, ct) ?? 0);
        var report = result.Report;
        var required = problem.Demands.Sum(d => (long)d.Required);
        var rows = Rows(map, result.Plan.Assignments);
        var basis = job.BasedOnVersionId is { } based ? await db.PlanVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == based, ct) : null;
        var root = basis?.RowsVersionId;
        var version = PlanVersion.Create(
            job, number, at, report.HardViolations, report.Objective, report.CoveragePercent, required,
            (long)Math.Round(required * report.CoveragePercent / 100.0), rows.Duties.Count, result.Stats.Moves, result.Stats.Seconds,
            JsonSerializer.Serialize(report.ByRule, Json),
            JsonSerializer.Serialize(report.Unmet.OrderByDescending(u => u.Missing).Take(UnmetKept), Json), root);
        if (result.Ceiling is { } ceiling)
        {
            version.RecordCoverageCeiling(ceiling.CoverableUnits);
        }

        var kept = root is { } r ? await AgainstRootAsync(db, version.Id, r, map.Published is { } read && read.Root == r ? read.RootRows : null, rows, ct) : Full(version.Id, rows);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.PlanVersions.Add(version);
        job.Succeed(version.Id, at);
        await db.SaveChangesAsync(ct);
        await BulkInsert.WriteAsync(db, kept.Agents, ct);
        await BulkInsert.WriteAsync(db, kept.Members, ct);
        await BulkInsert.WriteAsync(db, kept.Duties, ct);
        await BulkInsert.WriteAsync(db, kept.Removals, ct);
        await transaction.CommitAsync(ct);
        if (root is null)
        {
            PlanVersionRows.Remember(version.Id, [.. kept.Duties.Select(d => new DutyRow(d.Number, d.Agent, d.SiteId, d.CapabilityId, d.Start, d.End))]);
        }

        return version;
    }

    /// <summary>A version that keeps all its units and duties itself (a first plan).</summary>
    private static Kept Full(Guid id, PlanRows rows) => new(
        [.. rows.Agents.Select((a, i) => new PlanAgent(id, i, a.Country, a.UnitId, a.AgentLabel))],
        [.. rows.Agents.SelectMany((a, i) => rows.Members[a.Agent].Select(m => new PlanAgentMember(id, i, m.MemberId, m.Country, m.DisplayName, m.Rank, m.Leader, m.DogName)))],
        [.. rows.Duties.Select((d, i) => new PlanDuty(id, i, d.Agent, d.Country, d.Site, d.Capability, d.Start, d.End))],
        []);

    /// <summary>
    /// A version kept as its changes against a full version (its root): a unit the root has exactly as it is now (same
    /// label, members, ranks, dogs) keeps the root's number, any other is the version's own, numbered after the
    /// root's; a duty the root has (same unit, site, capability and window) is the root's, any other is the version's
    /// own (numbered after the root's duties), and the root's duties the version does not have are its removals.
    /// </summary>
    private static async Task<Kept> AgainstRootAsync(ConcordiaDbContext db, Guid id, Guid root, IReadOnlyList<DutyRow>? read, PlanRows rows, CancellationToken ct)
    {
        var rootAgents = await db.PlanAgents.IgnoreQueryFilters().AsNoTracking().Where(a => a.VersionId == root).ToListAsync(ct);
        var rootMembers = (await db.PlanAgentMembers.IgnoreQueryFilters().AsNoTracking().Where(m => m.VersionId == root).ToListAsync(ct)).ToLookup(m => m.Agent);
        var known = new Dictionary<string, int>(rootAgents.Count, StringComparer.Ordinal);
        foreach (var a in rootAgents)
        {
            known.TryAdd(Signature(a.Country, a.UnitId, a.Label, rootMembers[a.Number].Select(m => (m.MemberId, m.Country, m.DisplayName, m.Rank, m.Leader, m.Dog))), a.Number);
        }

        var nextAgent = rootAgents.Count == 0 ? 0 : rootAgents.Max(a => a.Number) + 1;
        var agents = new List<PlanAgent>();
        var members = new List<PlanAgentMember>();
        var numbers = new int[rows.Agents.Count];
        for (var i = 0; i < rows.Agents.Count; i++)
        {
            var a = rows.Agents[i];
            var people = rows.Members[a.Agent];
            if (known.TryGetValue(Signature(a.Country, a.UnitId, a.AgentLabel, people.Select(m => (m.MemberId, m.Country, m.DisplayName, m.Rank, m.Leader, m.DogName))), out var same))
            {
                numbers[i] = same;
                continue;
            }

            numbers[i] = nextAgent++;
            agents.Add(new PlanAgent(id, numbers[i], a.Country, a.UnitId, a.AgentLabel));
            members.AddRange(people.Select(m => new PlanAgentMember(id, numbers[i], m.MemberId, m.Country, m.DisplayName, m.Rank, m.Leader, m.DogName)));
        }

        // The root's duties as the re-plan read them when it was built, else read now.
        var rootDuties = read ?? await PlanVersionRows.RootRowsAsync(db, root, ct);
        var left = new Dictionary<(int, Guid, Guid, DateTime, DateTime), int>(rootDuties.Count);
        foreach (var d in rootDuties)
        {
            left.TryAdd((d.Agent, d.SiteId, d.CapabilityId, d.Start, d.End), d.Number);
        }

        var nextDuty = rootDuties.Count == 0 ? 0 : rootDuties.Max(d => d.Number) + 1;
        var duties = new List<PlanDuty>();
        foreach (var d in rows.Duties)
        {
            var agent = numbers[d.Agent];
            if (!left.Remove((agent, d.Site, d.Capability, d.Start, d.End)))
            {
                duties.Add(new PlanDuty(id, nextDuty++, agent, d.Country, d.Site, d.Capability, d.Start, d.End));
            }
        }

        return new Kept(agents, members, duties, [.. left.Values.Order().Select(n => new PlanDutyRemoval(id, n))]);
    }

    /// <summary>What a unit is as a version shows it: its country, unit, label and members as they were.</summary>
    private static string Signature(string country, Guid? unit, string label, IEnumerable<(Guid Member, string Country, string Name, string? Rank, bool Leader, string? Dog)> people) =>
        string.Join('\u001f', people.OrderBy(p => p.Member).Select(p => $"{p.Member:N}\u001e{p.Country}\u001e{p.Name}\u001e{p.Rank}\u001e{p.Leader}\u001e{p.Dog}")
            .Prepend($"{country}\u001e{unit:N}\u001e{label}"));

    private sealed record Kept(List<PlanAgent> Agents, List<PlanAgentMember> Members, List<PlanDuty> Duties, List<PlanDutyRemoval> Removals);

    /// <summary>Units, their members and duties of a plan: a team's duty once, a dog with its handler.</summary>
    private static PlanRows Rows(
        ProblemMap map, IReadOnlyList<Engine.Assignment> assignments)
    {
        var members = map.Staff.Values.Where(s => !s.Dog).ToLookup(s => s.Agent);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var agents = new List<ProblemMap.StaffEntry>();
        var duties = new List<(int, string, Guid, Guid, DateTime, DateTime)>();
        var seen = new HashSet<(int, string, string, string)>();
        foreach (var a in assignments)
        {
            var entry = map.Staff[a.StaffId];
            if (!numbers.TryGetValue(entry.Agent, out var agent))
            {
                agent = numbers[entry.Agent] = agents.Count;
                agents.Add(entry);
            }

            if (seen.Add((agent, a.SiteId, a.WindowId, a.Capability)))
            {
                var (start, end) = map.Windows[a.WindowId];
                duties.Add((agent, entry.Country, map.Sites[a.SiteId], map.Capabilities[a.Capability], start, end));
            }
        }

        return new PlanRows(agents, members, duties);
    }

    private sealed record PlanRows(
        List<ProblemMap.StaffEntry> Agents, ILookup<string, ProblemMap.StaffEntry> Members,
        List<(int Agent, string Country, Guid Site, Guid Capability, DateTime Start, DateTime End)> Duties);
}
