using Concordia.Domain.Planning;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Data.Planning;

/// <summary>
/// The one answer to "the duties (and units) of version V". A full version keeps all its duties as its own rows; a
/// version kept against a root (<see cref="PlanVersion.RootVersionId"/>) has the root's duties minus its removals,
/// followed by its own rows (numbered after the root's, so a duty's number is unique within the version). Units: the
/// root's, which such a version shares, and its own (numbered after the root's). Every reader goes through here.
/// </summary>
public static class PlanVersionRows
{
    /// <summary>
    /// The duty rows of the full version this process wrote or read last. A version's rows never change once kept
    /// (a discarded version's are deleted, and nothing plans from it again), so a re-plan from the version just
    /// planned and published takes them from memory instead of reading half a million rows again.
    /// </summary>
    private static Remembered? recent;

    /// <summary>Keeps a full version's duty rows for the next re-plan from it (or from a version kept against it).</summary>
    public static void Remember(Guid version, IReadOnlyList<DutyRow> rows) => Volatile.Write(ref recent, new Remembered(version, rows));

    public static IQueryable<PlanDuty> DutiesOf(this ConcordiaDbContext db, PlanVersion version) => db.DutiesOf(version.Id, version.RootVersionId);

    public static IQueryable<PlanDuty> DutiesOf(this ConcordiaDbContext db, Guid versionId, Guid? rootVersionId)
    {
        var own = db.PlanDuties.AsNoTracking().Where(d => d.VersionId == versionId);
        if (rootVersionId is not { } root)
        {
            return own;
        }

        var removed = db.PlanDutyRemovals.Where(r => r.VersionId == versionId);
        return db.PlanDuties.AsNoTracking().Where(d => d.VersionId == root && !removed.Any(r => r.Number == d.Number)).Concat(own);
    }

    public static IQueryable<PlanAgent> AgentsOf(this ConcordiaDbContext db, PlanVersion version)
    {
        var (id, rows) = (version.Id, version.RowsVersionId);
        return db.PlanAgents.AsNoTracking().Where(a => a.VersionId == id || a.VersionId == rows);
    }

    public static IQueryable<PlanAgentMember> AgentMembersOf(this ConcordiaDbContext db, PlanVersion version)
    {
        var (id, rows) = (version.Id, version.RowsVersionId);
        return db.PlanAgentMembers.AsNoTracking().Where(m => m.VersionId == id || m.VersionId == rows);
    }

    /// <summary>
    /// A version's duties read into memory at once (what a re-plan starts from), with the rows of its root they come
    /// from: a proposal kept against the same root is matched against these rows without reading them again.
    /// </summary>
    public static async Task<LoadedDuties> LoadAsync(this ConcordiaDbContext db, PlanVersion version, CancellationToken ct)
    {
        var root = version.RowsVersionId;
        var rows = await RootRowsAsync(db, root, ct);
        if (version.RootVersionId is null)
        {
            return new LoadedDuties(root, rows, rows);
        }

        var id = version.Id;
        var removed = (await db.PlanDutyRemovals.Where(r => r.VersionId == id).Select(r => r.Number).ToListAsync(ct)).ToHashSet();
        var own = await OwnRowsAsync(db, id, ct);
        return new LoadedDuties(root, rows, [.. rows.Where(r => !removed.Contains(r.Number)), .. own]);
    }

    /// <summary>A full version's duty rows, from memory when this process wrote or read them last.</summary>
    public static async Task<IReadOnlyList<DutyRow>> RootRowsAsync(ConcordiaDbContext db, Guid root, CancellationToken ct)
    {
        if (Volatile.Read(ref recent) is { } known && known.Version == root)
        {
            return known.Rows;
        }

        var rows = await OwnRowsAsync(db, root, ct);
        Remember(root, rows);
        return rows;
    }

    /// <summary>
    /// The duty rows a version keeps itself, all of them whoever reads: a re-plan needs every duty, and rows kept in
    /// memory must never be a caller's filtered view.
    /// </summary>
    private static async Task<List<DutyRow>> OwnRowsAsync(ConcordiaDbContext db, Guid version, CancellationToken ct) =>
        await db.PlanDuties.IgnoreQueryFilters().AsNoTracking().Where(d => d.VersionId == version)
            .Select(d => new DutyRow(d.Number, d.Agent, d.SiteId, d.CapabilityId, d.Start, d.End)).ToListAsync(ct);

    /// <summary>
    /// The duties of two versions kept against the same root, without the root duties both keep: those are the same
    /// duties of the same units in both, so what differs between the two versions lies in what is returned. Null
    /// when the versions have different roots. <c>Shared</c> counts the duties both keep.
    /// </summary>
    public static async Task<(List<PlanDuty> Before, List<PlanDuty> After, int Shared)?> DifferingAsync(
        this ConcordiaDbContext db, PlanVersion before, PlanVersion after, CancellationToken ct)
    {
        var root = before.RowsVersionId;
        if (after.RowsVersionId != root)
        {
            return null;
        }

        var (b, a) = (before.Id, after.Id);
        var touched = db.PlanDutyRemovals.Where(r => r.VersionId == b || r.VersionId == a).Select(r => r.Number);
        var rootRows = db.PlanDuties.AsNoTracking().Where(d => d.VersionId == root);
        var shared = await rootRows.CountAsync(d => !touched.Contains(d.Number), ct);
        return (await Side(before), await Side(after), shared);

        async Task<List<PlanDuty>> Side(PlanVersion v)
        {
            var id = v.Id;
            var removed = db.PlanDutyRemovals.Where(r => r.VersionId == id).Select(r => r.Number);
            var kept = await rootRows.Where(d => touched.Contains(d.Number) && !removed.Contains(d.Number)).ToListAsync(ct);
            if (v.RootVersionId is not null)
            {
                kept.AddRange(await db.PlanDuties.AsNoTracking().Where(d => d.VersionId == id).ToListAsync(ct));
            }

            return kept;
        }
    }

    private sealed record Remembered(Guid Version, IReadOnlyList<DutyRow> Rows);
}

/// <summary>A duty as a re-plan reads it: its number in its version, unit, site, capability and window.</summary>
public sealed record DutyRow(int Number, int Agent, Guid SiteId, Guid CapabilityId, DateTime Start, DateTime End);

/// <summary>A version's duties in memory, and the rows of the full version (<c>Root</c>) they come from.</summary>
public sealed record LoadedDuties(Guid Root, IReadOnlyList<DutyRow> RootRows, IReadOnlyList<DutyRow> Duties);
