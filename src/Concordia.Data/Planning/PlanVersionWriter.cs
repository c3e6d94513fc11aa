using System.Text.Json;
using Concordia.Domain.Planning;
using Concordia.Planning.Solving;
using Microsoft.EntityFrameworkCore;
using Engine = Concordia.Planning.Model;

namespace Concordia.Data.Planning;

/// <summary>
/// Keeps what a plan job found as the event's next plan version: the version with the validator's report, and its
/// units (with their members as they were) and duties, written in bulk. The version is audited as one entry.
/// </summary>
public static class PlanVersionWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The largest gaps kept with a version (the rest are counted in its coverage).</summary>
    private const int UnmetKept = 500;

    public static async Task<PlanVersion> SaveAsync(
        ConcordiaDbContext db, PlanJob job, Engine.PlanningProblem problem, ProblemMap map, PlanResult result, DateTime at, CancellationToken ct,
        CoverageCeiling? ceiling = null)
    {
        var number = 1 + (await db.PlanVersions.Where(v => v.EventId == job.EventId).MaxAsync(v => (int?)v.Number, ct) ?? 0);
        var report = result.Report;
        var required = problem.Demands.Sum(d => (long)d.Required);
        var rows = Rows(map, result.Plan.Assignments);
        var version = PlanVersion.Create(
            job, number, at, report.HardViolations, report.Objective, report.CoveragePercent, required,
            (long)Math.Round(required * report.CoveragePercent / 100.0), rows.Duties.Count, result.Stats.Moves, result.Stats.Seconds,
            JsonSerializer.Serialize(report.ByRule, Json),
            JsonSerializer.Serialize(report.Unmet.OrderByDescending(u => u.Missing).Take(UnmetKept), Json));
        if (ceiling is not null)
        {
            version.RecordCoverageCeiling(ceiling.CoverableUnits);
        }

        var agents = rows.Agents.Select((a, i) => new PlanAgent(version.Id, i, a.Country, a.UnitId, a.AgentLabel)).ToList();
        var members = rows.Agents.SelectMany((a, i) => rows.Members[a.Agent].Select(m => new PlanAgentMember(version.Id, i, m.MemberId, m.Country, m.DisplayName, m.Rank, m.Leader, m.DogName))).ToList();
        var duties = rows.Duties.Select((d, i) => new PlanDuty(version.Id, i, d.Agent, d.Country, d.Site, d.Capability, d.Start, d.End)).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.PlanVersions.Add(version);
        job.Succeed(version.Id, at);
        await db.SaveChangesAsync(ct);
        await BulkInsert.WriteAsync(db, agents, ct);
        await BulkInsert.WriteAsync(db, members, ct);
        await BulkInsert.WriteAsync(db, duties, ct);
        await transaction.CommitAsync(ct);
        return version;
    }

    /// <summary>Units, their members and duties of a plan: a team's duty once, a dog with its handler.</summary>
    private static (List<ProblemMap.StaffEntry> Agents, ILookup<string, ProblemMap.StaffEntry> Members, List<(int Agent, string Country, Guid Site, Guid Capability, DateTime Start, DateTime End)> Duties) Rows(
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

        return (agents, members, duties);
    }
}
