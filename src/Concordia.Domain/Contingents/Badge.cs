using Concordia.Domain.Common;

namespace Concordia.Domain.Contingents;

/// <summary>
/// An accreditation badge issued to a member: a printed number, a validity period, and a random token that its QR
/// code carries to the verification page. A revoked badge stays on record, so that its QR code verifies as revoked.
/// </summary>
public sealed class Badge
{
    private Badge()
    {
        Country = string.Empty;
        Number = string.Empty;
        Token = string.Empty;
        IssuedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public string Country { get; private set; }

    public Guid MemberId { get; private set; }

    /// <summary>Printed on the card, e.g. <c>PL-000123</c>; unique in the event.</summary>
    public string Number { get; private set; }

    /// <summary>Unguessable, carried by the QR code: whoever can verify must have seen the card.</summary>
    public string Token { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly ValidUntil { get; private set; }

    public DateTime IssuedAt { get; private set; }

    public string IssuedBy { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    public string? RevocationReason { get; private set; }

    public int Version { get; private set; }

    internal static Result<Badge> Issue(Member member, string number, string token, DateOnly validFrom, DateOnly validUntil, string by, DateTime at) =>
        new Check()
            .Code(number, "badgeNumber")
            .That(!string.IsNullOrWhiteSpace(token) && token.Length is >= 16 and <= 64, "token", "must be 16 to 64 characters")
            .That(validUntil >= validFrom, "validUntil", $"the badge would end ({validUntil:yyyy-MM-dd}) before it starts ({validFrom:yyyy-MM-dd}): the member's commitment is over")
            .ToResult(() => new Badge
            {
                Id = Guid.CreateVersion7(),
                EventId = member.EventId,
                Country = member.Country,
                MemberId = member.Id,
                Number = number,
                Token = token,
                ValidFrom = validFrom,
                ValidUntil = validUntil,
                IssuedAt = at,
                IssuedBy = by,
            });

    internal Result<Badge> Revoke(string by, DateTime at, string? reason)
    {
        if (RevokedAt is not null)
        {
            return Result<Badge>.Failure("badge", "is already revoked");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 500)
        {
            return Result<Badge>.Failure("reason", "a revocation needs a reason of 1 to 500 characters");
        }

        RevokedAt = at;
        RevokedBy = by;
        RevocationReason = reason.Trim();
        Version++;
        return this;
    }

    /// <summary>What a check of this badge says on <paramref name="day"/> (the event's local date).</summary>
    public BadgeVerdict VerdictOn(DateOnly day) =>
        RevokedAt is not null ? BadgeVerdict.Revoked
        : day < ValidFrom ? BadgeVerdict.NotYetValid
        : day > ValidUntil ? BadgeVerdict.Expired
        : BadgeVerdict.Valid;
}
