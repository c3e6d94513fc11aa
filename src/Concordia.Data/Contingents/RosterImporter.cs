using System.Data.Common;
using Concordia.Data.Rosters;
using Concordia.Domain.Common;
using Concordia.Domain.Contingents;
using Concordia.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Data.Contingents;

/// <summary>
/// Imports a roster file into one owner's people (a country's contingent, or a host agency's own forces, see
/// <see cref="RosterOwner"/>), all or nothing. Members are matched by personnel number (ignoring case, as the file's own
/// uniqueness check does): a row whose member already reads the same changes nothing, so re-importing a file changes
/// nothing; a changed row updates its member. A contingent's member is linked to an active commitment of its capability
/// with room; a host agency's member is accredited by its own service. A row naming a unit places the member in it,
/// creating the unit when the owner has none of that name. New members and units are written in bulk; the whole import
/// is one transaction and one audit entry.
/// </summary>
public sealed class RosterImporter(ConcordiaDbContext db)
{
    /// <summary>Reading options for a country's roster: its legacy code page, the event's capability codes and last day.</summary>
    public static RosterReadOptions OptionsFor(Event ev, string country, IEnumerable<string> capabilityCodes, TimeProvider clock) => RosterReadOptions.Default with
    {
        EventEnd = ev.End,
        LegacyCodePage = RosterEncodings.LegacyCodePageFor(country),
        CountryLetters = RosterEncodings.LettersFor(country),
        CapabilityCodes = capabilityCodes.ToHashSet(StringComparer.Ordinal),
        Clock = clock,
    };

    /// <summary>A host agency's roster may hold its whole force: up to 100,000 members in up to 40 MiB.</summary>
    public const int HostMaxRows = 100_000;

    public const long HostMaxBytes = 40L * 1024 * 1024;

    /// <summary>The largest file <paramref name="owner"/>'s roster may be.</summary>
    public static long MaxBytesFor(RosterOwner owner) => owner.IsHost ? HostMaxBytes : RosterReadOptions.Default.MaxBytes;

    /// <summary>
    /// Reads a roster file for <paramref name="country"/> with the event's capability codes; a CSV file in the
    /// <paramref name="encoding"/> the liaison chose (a key of <see cref="RosterEncodings.Choices"/>), or the detected one.
    /// </summary>
    public Task<RosterPreview> ReadAsync(Event ev, string country, Stream content, string? fileName, string? encoding, CancellationToken cancellationToken) =>
        ReadAsync(ev, RosterOwner.Contingent(country), content, fileName, encoding, cancellationToken);

    /// <summary>Reads a roster file for <paramref name="owner"/>, as for a country (a host agency's in the host country's letters, and up to <see cref="HostMaxRows"/> rows).</summary>
    public async Task<RosterPreview> ReadAsync(Event ev, RosterOwner owner, Stream content, string? fileName, string? encoding, CancellationToken cancellationToken)
    {
        var codes = await db.Capabilities.AsNoTracking().Where(c => c.EventId == ev.Id).Select(c => c.Code).ToListAsync(cancellationToken);
        var options = OptionsFor(ev, owner.Country, codes, db.Access.Clock) with { Encoding = encoding };
        if (owner.IsHost)
        {
            options = options with { MaxRows = HostMaxRows, MaxBytes = HostMaxBytes };
        }

        return await RosterReader.ReadAsync(content, fileName, options, cancellationToken);
    }

    /// <summary>What committing <paramref name="preview"/> would do; nothing is written.</summary>
    public Task<Result<RosterImportPlan>> PlanAsync(Event ev, string country, RosterPreview preview, string by, CancellationToken cancellationToken) =>
        PlanAsync(ev, RosterOwner.Contingent(country), preview, by, cancellationToken);

    /// <summary>What committing <paramref name="preview"/> into <paramref name="owner"/>'s people would do; nothing is written.</summary>
    public async Task<Result<RosterImportPlan>> PlanAsync(Event ev, RosterOwner owner, RosterPreview preview, string by, CancellationToken cancellationToken)
    {
        if (Refusal(preview) is { } refusal)
        {
            return Result<RosterImportPlan>.Failure(refusal);
        }

        var run = await RunAsync(ev, owner, preview, by, tracked: false, cancellationToken);
        return run.Errors.Count > 0 ? Result<RosterImportPlan>.Failure(run.Errors) : run.Plan;
    }

    /// <summary>Writes every row of a valid preview in one transaction, or nothing.</summary>
    public Task<Result<RosterImportPlan>> CommitAsync(Event ev, string country, RosterPreview preview, string by, string? fileName,
        CancellationToken cancellationToken) =>
        CommitAsync(ev, RosterOwner.Contingent(country), preview, by, fileName, cancellationToken);

    /// <summary>
    /// Writes every row of a valid preview into <paramref name="owner"/>'s people in one transaction, or nothing. A row
    /// the database refuses (another import at the same time) throws <see cref="DbUpdateException"/>, as a tracked save does.
    /// </summary>
    public async Task<Result<RosterImportPlan>> CommitAsync(Event ev, RosterOwner owner, RosterPreview preview, string by, string? fileName,
        CancellationToken cancellationToken)
    {
        if (Refusal(preview) is { } refusal)
        {
            return Result<RosterImportPlan>.Failure(refusal);
        }

        var run = await RunAsync(ev, owner, preview, by, tracked: true, cancellationToken);
        if (run.Errors.Count > 0)
        {
            return Result<RosterImportPlan>.Failure(run.Errors);
        }

        if (!run.Plan.ChangesAnything)
        {
            return run.Plan;
        }

        var plan = run.Plan;
        var ownTransaction = db.Database.CurrentTransaction is null;
        await using var transaction = ownTransaction ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await BulkInsert.WriteAsync(db, run.NewUnits, cancellationToken);
            await BulkInsert.WriteAsync(db, run.Created, cancellationToken);
        }
        catch (DbException e)
        {
            throw new DbUpdateException("The database refused a row of the roster.", e);
        }

        await db.SaveChangesAsOneAuditEntryAsync("RosterImported", owner.IsHost ? "HostForces" : "Contingent", $"{ev.Code}/{owner.Key}", new
        {
            file = fileName,
            rows = plan.Rows.Count,
            created = plan.Created,
            updated = plan.Updated,
            unchanged = plan.Unchanged,
            unitsCreated = plan.UnitsCreated,
            sentBackToVetting = plan.SentBackToVetting,
            withoutCommitment = owner.IsHost ? 0 : plan.WithoutCommitment,
        }, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return plan;
    }

    /// <summary>Why a preview cannot be committed: every error it holds, placed by row and column.</summary>
    public static IReadOnlyList<DomainError>? Refusal(RosterPreview preview) =>
        preview.IsValid ? null
        : preview.Errors.Count > 0 ? [.. preview.Errors.Select(e => new DomainError(e.Place, e.Message))]
        : [new DomainError("file", "the file holds no member")];

    private sealed record Run(RosterImportPlan Plan, List<Member> Created, List<Unit> NewUnits, List<DomainError> Errors);

    private async Task<Run> RunAsync(Event ev, RosterOwner owner, RosterPreview preview, string by, bool tracked, CancellationToken cancellationToken)
    {
        var at = db.Access.Clock.GetUtcNow().UtcDateTime;
        var capabilities = await db.Capabilities.AsNoTracking().Where(c => c.EventId == ev.Id).ToDictionaryAsync(c => c.Code, cancellationToken);
        var members = await Tracked(OwnMembers(ev, owner), tracked).ToListAsync(cancellationToken);
        var byNumber = members.Where(m => m.PersonnelNumber is not null)
            .GroupBy(m => m.PersonnelNumber!, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var takenElsewhere = await NumbersOfOthersAsync(ev, owner, cancellationToken);
        var units = await Tracked(OwnUnits(ev, owner), tracked).ToListAsync(cancellationToken);
        var unitsByName = units.GroupBy(u => u.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

        var created = new List<Member>();
        var newUnits = new List<Unit>();
        var errors = new List<DomainError>();
        var rows = new List<(RosterRow Row, Member Member, RosterRowAction Action, bool BackToVetting, Guid? CommitmentBefore, Guid? UnitBefore)>();
        foreach (var row in preview.Rows)
        {
            var entry = row.Entry!;
            var details = RosterMapping.ToDetails(entry, capabilities[entry.CapabilityCode].Id);
            Member member;
            RosterRowAction action;
            var backToVetting = false;
            if (byNumber.TryGetValue(entry.PersonnelNumber, out var known))
            {
                member = known;
                var update = member.Update(ev, details, by, at);
                if (!update.IsSuccess)
                {
                    errors.AddRange(update.Errors.Select(e => e.Under($"row {row.Number}")));
                    continue;
                }

                action = update.Value.Changed ? RosterRowAction.Update : RosterRowAction.Unchanged;
                backToVetting = update.Value.SentBackToVetting;
            }
            else if (takenElsewhere.Contains(entry.PersonnelNumber))
            {
                errors.Add(new DomainError("personnelNumber",
                    $"'{entry.PersonnelNumber}' is the personnel number of a member of another {(owner.IsHost ? "agency" : "contingent")} of the event").Under($"row {row.Number}"));
                continue;
            }
            else
            {
                var result = owner.Agency is { } agency ? Member.CreateHost(ev, agency, details, at) : Member.Create(ev, owner.Country, details, at);
                if (!result.IsSuccess)
                {
                    errors.AddRange(result.Errors.Select(e => e.Under($"row {row.Number}")));
                    continue;
                }

                member = result.Value;
                action = RosterRowAction.Create;
                created.Add(member);
            }

            var unitBefore = member.UnitId;
            if (entry.Unit is { } unitName)
            {
                if (!unitsByName.TryGetValue(unitName, out var unit))
                {
                    var made = owner.Agency is { } agency ? Unit.CreateHost(ev, agency, unitName) : Unit.Create(ev, owner.Country, unitName, null);
                    if (!made.IsSuccess)
                    {
                        errors.AddRange(made.Errors.Select(e => e.Under($"row {row.Number}")));
                        continue;
                    }

                    unit = unitsByName[unitName] = made.Value;
                    newUnits.Add(unit);
                }

                var enlisted = unit.Enlist(member);
                if (!enlisted.IsSuccess)
                {
                    errors.AddRange(enlisted.Errors.Select(e => e.Under($"row {row.Number}")));
                    continue;
                }
            }

            rows.Add((row, member, action, backToVetting, action == RosterRowAction.Create ? null : member.CommitmentId, unitBefore));
        }

        if (!owner.IsHost)
        {
            var commitments = await ContingentCommitments.LoadAsync(db, ev.Id, owner.Country, members.Concat(created).ToList(), cancellationToken);
            foreach (var (_, member, _, _, _, _) in rows)
            {
                commitments.LinkIfLoose(member);
            }
        }

        var plans = rows.Select(r => new RosterRowPlan(r.Row.Number, r.Member.PersonnelNumber!, r.Member.DisplayName,
            r.Action == RosterRowAction.Unchanged && (r.Member.CommitmentId != r.CommitmentBefore || r.Member.UnitId != r.UnitBefore) ? RosterRowAction.Update : r.Action,
            r.Member.CommitmentId, r.BackToVetting)).ToList();
        var inFile = rows.Select(r => r.Member.Id).ToHashSet();
        var plan = new RosterImportPlan(plans, members.Count(m => !inFile.Contains(m.Id) && m.ErasedAt is null), newUnits.Count,
            owner.IsHost ? 0 : rows.Count(r => r.Member.Armed == true));
        return new Run(plan, created, newUnits, errors);
    }

    /// <summary>The owner's members; a contingent's with their badges, which a change of identity revokes.</summary>
    private IQueryable<Member> OwnMembers(Event ev, RosterOwner owner) =>
        owner.Agency is { } agency
            ? db.Members.Where(m => m.EventId == ev.Id && m.AgencyId == agency.Id)
            : db.Members.Include(m => m.Badges).Where(m => m.EventId == ev.Id && m.Country == owner.Country && m.AgencyId == null);

    private IQueryable<Unit> OwnUnits(Event ev, RosterOwner owner) =>
        owner.Agency is { } agency
            ? db.Units.Where(u => u.EventId == ev.Id && u.AgencyId == agency.Id)
            : db.Units.Where(u => u.EventId == ev.Id && u.Country == owner.Country && u.AgencyId == null);

    /// <summary>
    /// Personnel numbers of the same country's members of other owners (the host's other agencies): numbers are unique in
    /// a country, so a row cannot take one of them.
    /// </summary>
    private async Task<HashSet<string>> NumbersOfOthersAsync(Event ev, RosterOwner owner, CancellationToken cancellationToken)
    {
        var others = owner.Agency is { } agency
            ? db.Members.Where(m => m.EventId == ev.Id && m.Country == owner.Country && (m.AgencyId == null || m.AgencyId != agency.Id))
            : db.Members.Where(m => m.EventId == ev.Id && m.Country == owner.Country && m.AgencyId != null);
        var numbers = await others.Where(m => m.PersonnelNumber != null).Select(m => m.PersonnelNumber!).ToListAsync(cancellationToken);
        return numbers.ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static IQueryable<T> Tracked<T>(IQueryable<T> query, bool tracked)
        where T : class => tracked ? query : query.AsNoTracking();
}
