using Concordia.Data.Rosters;
using Concordia.Domain.Common;
using Concordia.Domain.Contingents;
using Concordia.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Data.Contingents;

/// <summary>
/// Imports a roster file into one country's contingent of an event, all or nothing. Members are matched by personnel
/// number (ignoring case, as the file's own uniqueness check does): a row whose member already reads the same changes
/// nothing, so re-importing a file changes nothing; a changed row updates its member. Each member is linked to an
/// active commitment of its capability with room. The whole import is one transaction and one audit entry.
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

    /// <summary>
    /// Reads a roster file for <paramref name="country"/> with the event's capability codes; a CSV file in the
    /// <paramref name="encoding"/> the liaison chose (a key of <see cref="RosterEncodings.Choices"/>), or the detected one.
    /// </summary>
    public async Task<RosterPreview> ReadAsync(Event ev, string country, Stream content, string? fileName, string? encoding,
        CancellationToken cancellationToken)
    {
        var codes = await db.Capabilities.AsNoTracking().Where(c => c.EventId == ev.Id).Select(c => c.Code).ToListAsync(cancellationToken);
        return await RosterReader.ReadAsync(content, fileName, OptionsFor(ev, country, codes, db.Access.Clock) with { Encoding = encoding }, cancellationToken);
    }

    /// <summary>What committing <paramref name="preview"/> would do; nothing is written.</summary>
    public async Task<Result<RosterImportPlan>> PlanAsync(Event ev, string country, RosterPreview preview, string by, CancellationToken cancellationToken)
    {
        if (Refusal(preview) is { } refusal)
        {
            return Result<RosterImportPlan>.Failure(refusal);
        }

        var run = await RunAsync(ev, country, preview, by, tracked: false, cancellationToken);
        return run.Errors.Count > 0 ? Result<RosterImportPlan>.Failure(run.Errors) : run.Plan;
    }

    /// <summary>Writes every row of a valid preview in one transaction, or nothing.</summary>
    public async Task<Result<RosterImportPlan>> CommitAsync(Event ev, string country, RosterPreview preview, string by, string? fileName,
        CancellationToken cancellationToken)
    {
        if (Refusal(preview) is { } refusal)
        {
            return Result<RosterImportPlan>.Failure(refusal);
        }

        var run = await RunAsync(ev, country, preview, by, tracked: true, cancellationToken);
        if (run.Errors.Count > 0)
        {
            return Result<RosterImportPlan>.Failure(run.Errors);
        }

        if (!run.Plan.ChangesAnything)
        {
            return run.Plan;
        }

        db.Members.AddRange(run.Created);
        var plan = run.Plan;
        await db.SaveChangesAsOneAuditEntryAsync("RosterImported", "Contingent", $"{ev.Code}/{country}", new
        {
            file = fileName,
            rows = plan.Rows.Count,
            created = plan.Created,
            updated = plan.Updated,
            unchanged = plan.Unchanged,
            sentBackToVetting = plan.SentBackToVetting,
            withoutCommitment = plan.WithoutCommitment,
        }, cancellationToken);
        return plan;
    }

    /// <summary>Why a preview cannot be committed: every error it holds, placed by row and column.</summary>
    public static IReadOnlyList<DomainError>? Refusal(RosterPreview preview) =>
        preview.IsValid ? null
        : preview.Errors.Count > 0 ? [.. preview.Errors.Select(e => new DomainError(e.Place, e.Message))]
        : [new DomainError("file", "the file holds no member")];

    private async Task<(RosterImportPlan Plan, List<Member> Created, List<DomainError> Errors)> RunAsync(Event ev, string country, RosterPreview preview, string by, bool tracked,
        CancellationToken cancellationToken)
    {
        var at = db.Access.Clock.GetUtcNow().UtcDateTime;
        var capabilities = await db.Capabilities.AsNoTracking().Where(c => c.EventId == ev.Id).ToDictionaryAsync(c => c.Code, cancellationToken);
        var query = db.Members.Include(m => m.Badges).Where(m => m.EventId == ev.Id && m.Country == country);
        var members = await (tracked ? query : query.AsNoTracking()).ToListAsync(cancellationToken);
        var byNumber = members.Where(m => m.PersonnelNumber is not null)
            .GroupBy(m => m.PersonnelNumber!, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

        var created = new List<Member>();
        var errors = new List<DomainError>();
        var rows = new List<(RosterRow Row, Member Member, RosterRowAction Action, bool BackToVetting, Guid? CommitmentBefore)>();
        foreach (var row in preview.Rows)
        {
            var entry = row.Entry!;
            var details = RosterMapping.ToDetails(entry, capabilities[entry.CapabilityCode].Id);
            if (byNumber.TryGetValue(entry.PersonnelNumber, out var member))
            {
                var before = member.CommitmentId;
                var update = member.Update(ev, details, by, at);
                if (!update.IsSuccess)
                {
                    errors.AddRange(update.Errors.Select(e => e.Under($"row {row.Number}")));
                    continue;
                }

                rows.Add((row, member, update.Value.Changed ? RosterRowAction.Update : RosterRowAction.Unchanged, update.Value.SentBackToVetting, before));
            }
            else
            {
                var result = Member.Create(ev, country, details, at);
                if (!result.IsSuccess)
                {
                    errors.AddRange(result.Errors.Select(e => e.Under($"row {row.Number}")));
                    continue;
                }

                created.Add(result.Value);
                rows.Add((row, result.Value, RosterRowAction.Create, false, null));
            }
        }

        var commitments = await ContingentCommitments.LoadAsync(db, ev.Id, country, members.Concat(created).ToList(), cancellationToken);
        foreach (var (_, member, _, _, _) in rows)
        {
            commitments.LinkIfLoose(member);
        }

        var plans = rows.Select(r => new RosterRowPlan(r.Row.Number, r.Member.PersonnelNumber!, r.Member.DisplayName,
            r.Action == RosterRowAction.Unchanged && r.Member.CommitmentId != r.CommitmentBefore ? RosterRowAction.Update : r.Action,
            r.Member.CommitmentId, r.BackToVetting)).ToList();
        var inFile = rows.Select(r => r.Member.Id).ToHashSet();
        return (new RosterImportPlan(plans, members.Count(m => !inFile.Contains(m.Id) && m.ErasedAt is null)), created, errors);
    }
}
