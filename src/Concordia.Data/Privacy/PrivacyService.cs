using System.Text.Json;
using Concordia.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Data.Privacy;

/// <summary>
/// Data-subject access (everything held about one person) and erasure after an event's retention period. Both are
/// written to the audit trail.
/// </summary>
public sealed class PrivacyService(ConcordiaDbContext db, PrivacyOptions options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<Result<string>> ExportPersonAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().Include(m => m.Badges).FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        if (member is null)
        {
            return Result<string>.Failure("person", $"there is no person {memberId}");
        }

        var ev = await db.Events.AsNoTracking().FirstAsync(e => e.Id == member.EventId, cancellationToken);
        var history = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "Member" && a.EntityId == memberId.ToString())
            .OrderBy(a => a.Sequence).Select(a => new { a.Sequence, a.At, a.UserName, a.Origin, a.Action, a.Changes }).ToListAsync(cancellationToken);
        var export = new
        {
            exportedAt = db.Access.Clock.GetUtcNow().UtcDateTime,
            person = new
            {
                member.Id, member.Country, member.PersonnelNumber, member.FamilyName, member.GivenName, member.LatinName, member.Rank, member.Service,
                member.CapabilityId, member.Languages, member.Skills, member.Armed, member.WeaponAuthorisation, member.DrivingLicence,
                member.DateOfBirth, member.DocumentNumber, member.Phone, member.Dog, member.CommitmentId, member.UnitId, member.ErasedAt,
            },
            accreditation = new
            {
                member.Status, member.SubmittedAt, member.ReviewStartedAt, member.DecidedAt, member.RefusalReason,
                badges = member.Badges.Select(b => new { b.Number, b.ValidFrom, b.ValidUntil, b.IssuedAt, b.RevokedAt, b.RevocationReason }),
            },
            travel = new { member.Arrival, member.Departure, member.CheckedInAt, member.CheckInPlace },
            lodging = await db.LodgingAssignments.AsNoTracking().Where(a => a.MemberId == memberId)
                .Select(a => new { a.SiteId, a.FirstNight, a.LastNight }).ToListAsync(cancellationToken),
            @event = new { ev.Code, ev.Name, ev.Start, ev.End },
            history,
        };
        await db.SaveChangesAsOneAuditEntryAsync("PersonalDataExported", "Member", memberId.ToString(), new { member.Country }, cancellationToken);
        return JsonSerializer.Serialize(export, Json);
    }

    /// <summary>Erases the personal data of every member of an event that ended more than the retention period ago.</summary>
    public async Task<Result<int>> PurgeEventAsync(string eventCode, CancellationToken cancellationToken)
    {
        var ev = await db.Events.FirstOrDefaultAsync(e => e.Code == eventCode, cancellationToken);
        if (ev is null)
        {
            return Result<int>.Failure("event", $"there is no event '{eventCode}'");
        }

        var now = db.Access.Clock.GetUtcNow().UtcDateTime;
        var allowedFrom = ev.StartOfDayUtc(ev.End.AddDays(1 + options.RetentionDays));
        if (now < allowedFrom)
        {
            return Result<int>.Failure("event", $"'{eventCode}' ends on {ev.End:yyyy-MM-dd}; with a retention of {options.RetentionDays} days its personal data may be purged from {ev.LocalDay(allowedFrom):yyyy-MM-dd}");
        }

        var members = await db.Members.Where(m => m.EventId == ev.Id && m.ErasedAt == null).ToListAsync(cancellationToken);
        var statistics = members.GroupBy(m => new { m.Country, m.CapabilityId }).Select(g => new { g.Key.Country, g.Key.CapabilityId, Count = g.Count() }).ToList();
        foreach (var member in members)
        {
            member.ErasePersonalData(now);
        }

        await db.SaveChangesAsOneAuditEntryAsync("PersonalDataPurged", "Event", ev.Id.ToString(), new { eventCode, erased = members.Count, statistics }, cancellationToken);
        return members.Count;
    }
}
