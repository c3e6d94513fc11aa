using Concordia.Data;
using Concordia.Domain.Common;
using Concordia.Domain.Contingents;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Vetting;

/// <summary>
/// Checks a member in by their badge: only a badge valid today admits. Like the verification, the member is found by
/// the badge's token whatever the caller's country scope (a site commander sees no contingent); the audit trail names
/// who checked the member in.
/// </summary>
public static class BadgeCheckIn
{
    /// <returns>Null when no badge has this token.</returns>
    public static async Task<Result<BadgeVerificationDto>?> RunAsync(ConcordiaDbContext db, string token, string? place, string by, CancellationToken cancellationToken)
    {
        var verification = await BadgeVerification.FindAsync(db, token, cancellationToken);
        if (verification is null)
        {
            return null;
        }

        if (verification.Verdict != BadgeVerdict.Valid)
        {
            return Result<BadgeVerificationDto>.Failure("badge", $"is {Describe(verification.Verdict)}: its holder cannot be checked in with it");
        }

        var memberId = await db.Badges.IgnoreQueryFilters().Where(b => b.Token == token).Select(b => b.MemberId).FirstAsync(cancellationToken);
        var member = await db.Members.IgnoreQueryFilters().Include(m => m.Badges).FirstAsync(m => m.Id == memberId, cancellationToken);
        var now = db.Access.Clock.GetUtcNow().UtcDateTime;
        var checkedIn = member.CheckIn(by, now, verification.Today, place ?? string.Empty);
        if (!checkedIn.IsSuccess)
        {
            return Result<BadgeVerificationDto>.Failure(checkedIn.Errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return verification with { CheckedInAt = member.CheckedInAt, CheckInPlace = member.CheckInPlace };
    }

    public static string Describe(BadgeVerdict verdict) => verdict switch
    {
        BadgeVerdict.Valid => "valid",
        BadgeVerdict.Revoked => "revoked",
        BadgeVerdict.Expired => "expired",
        _ => "not yet valid",
    };
}
