using Concordia.Data;
using Concordia.Domain.Contingents;
using Concordia.Domain.Countries;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Vetting;

/// <summary>
/// What the QR code of a badge tells whoever checks it: valid, revoked, expired or not yet valid, with what the card
/// itself prints (names, country, capability, number, validity) so the checker can compare, and whether the member
/// has checked in. Nothing else: no date of birth, document or phone, no reason for a revocation.
/// <para>
/// The lookup is by the badge's random token and deliberately ignores the country filter: a site commander sees no
/// contingent, yet must verify any country's badge shown at the gate. Holding the token means having seen the card.
/// </para>
/// </summary>
public static class BadgeVerification
{
    public static async Task<BadgeVerificationDto?> FindAsync(ConcordiaDbContext db, string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 64)
        {
            return null;
        }

        var badge = await db.Badges.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(b => b.Token == token, cancellationToken);
        if (badge is null)
        {
            return null;
        }

        var member = await db.Members.IgnoreQueryFilters().AsNoTracking().Where(m => m.Id == badge.MemberId)
            .Select(m => new { m.FamilyName, m.GivenName, m.LatinName, m.CapabilityId, m.ErasedAt, m.CheckedInAt, m.CheckInPlace })
            .FirstAsync(cancellationToken);
        var ev = await db.Events.AsNoTracking().FirstAsync(e => e.Id == badge.EventId, cancellationToken);
        var capability = member.CapabilityId is { } id
            ? await db.Capabilities.AsNoTracking().Where(c => c.Id == id).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        var equipment = await Equipment.BadgeEquipment.ForAsync(db, badge.MemberId, cancellationToken);
        var today = ev.LocalDay(db.Access.Clock.GetUtcNow().UtcDateTime);
        var verdict = member.ErasedAt is not null ? BadgeVerdict.Revoked : badge.VerdictOn(today);
        return new BadgeVerificationDto(verdict, badge.Number, member.FamilyName, member.GivenName, member.LatinName, badge.Country,
            CountryCatalogue.Find(badge.Country)?.Name ?? badge.Country, capability, ev.Code, ev.Name, badge.ValidFrom, badge.ValidUntil, badge.RevokedAt,
            today, member.CheckedInAt, member.CheckInPlace, equipment.Armed, equipment.Arms, equipment.Dog);
    }
}
