using Concordia.Domain.Common;

namespace Concordia.Domain.Contingents;

/// <summary>The member's accreditation: the host's vetting officers decide, the country's liaison sees where it stands.</summary>
public sealed partial class Member
{
    public AccreditationStatus Status { get; private set; }

    /// <summary>When the member was (last) submitted for vetting; waiting times count from here.</summary>
    public DateTime SubmittedAt { get; private set; }

    public DateTime? ReviewStartedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    /// <summary>When the vetting officer accredited or refused the member.</summary>
    public DateTime? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public string? RefusalReason { get; private set; }

    /// <summary>The badge in force, if any.</summary>
    public Badge? ActiveBadge => badges.Find(b => b.RevokedAt is null);

    /// <summary>Accredited, with or without a badge in force or revoked since: the vetting officers said yes.</summary>
    public bool IsAccredited => Status is AccreditationStatus.Accredited or AccreditationStatus.BadgeIssued or AccreditationStatus.BadgeRevoked;

    /// <summary>Time spent waiting for a decision: until the decision, or until <paramref name="now"/> while none is taken.</summary>
    public TimeSpan WaitingTime(DateTime now) => (DecidedAt ?? now) - SubmittedAt;

    public Result<Member> StartReview(string by, DateTime at) =>
        Transition("start the review", [AccreditationStatus.Submitted], () =>
        {
            Status = AccreditationStatus.UnderReview;
            ReviewStartedAt = at;
            ReviewedBy = by;
        });

    /// <summary>Accredits the member; a submitted member is reviewed and accredited in one step.</summary>
    public Result<Member> Accredit(string by, DateTime at) =>
        Transition("accredit", [AccreditationStatus.Submitted, AccreditationStatus.UnderReview], () =>
        {
            ReviewStartedAt ??= at;
            ReviewedBy ??= by;
            Status = AccreditationStatus.Accredited;
            DecidedAt = at;
            DecidedBy = by;
            RefusalReason = null;
        });

    /// <summary>Refuses the accreditation, also of an accredited member whose badge is not yet issued.</summary>
    public Result<Member> Refuse(string by, DateTime at, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 500)
        {
            return Result<Member>.Failure("reason", "a refusal needs a reason of 1 to 500 characters; the liaison sees it");
        }

        return Transition("refuse", [AccreditationStatus.Submitted, AccreditationStatus.UnderReview, AccreditationStatus.Accredited], () =>
        {
            ReviewStartedAt ??= at;
            ReviewedBy ??= by;
            Status = AccreditationStatus.Refused;
            DecidedAt = at;
            DecidedBy = by;
            RefusalReason = reason.Trim();
        });
    }

    /// <summary>The liaison submits a refused member again (e.g. after sending the missing document).</summary>
    public Result<Member> Resubmit(DateTime at) =>
        Transition("submit again", [AccreditationStatus.Refused], () => Submit(at));

    /// <summary>
    /// Issues a badge to an accredited member, or a new one after a revocation (a lost badge). The badge's
    /// <paramref name="token"/> is what its QR code carries; <paramref name="number"/> is printed on it.
    /// </summary>
    public Result<Badge> IssueBadge(string number, string token, DateOnly validFrom, DateOnly validUntil, string by, DateTime at)
    {
        if (ErasedAt is not null)
        {
            return Result<Badge>.Failure("member", "the personal data of this member were erased");
        }

        if (Status is not (AccreditationStatus.Accredited or AccreditationStatus.BadgeRevoked))
        {
            return Result<Badge>.Failure("status", $"cannot issue a badge to a member who is {Describe(Status)}; only an accredited member gets one");
        }

        var badge = Badge.Issue(this, number, token, validFrom, validUntil, by, at);
        if (!badge.IsSuccess)
        {
            return badge;
        }

        badges.Add(badge.Value);
        Status = AccreditationStatus.BadgeIssued;
        Version++;
        return badge;
    }

    /// <summary>Revokes the badge in force (lost, misuse, end of deployment): its QR code then verifies as revoked.</summary>
    public Result<Badge> RevokeBadge(string by, DateTime at, string? reason)
    {
        if (Status != AccreditationStatus.BadgeIssued || ActiveBadge is not { } badge)
        {
            return Result<Badge>.Failure("status", $"has no badge in force to revoke (the member is {Describe(Status)})");
        }

        var revoked = badge.Revoke(by, at, reason);
        if (!revoked.IsSuccess)
        {
            return revoked;
        }

        Status = AccreditationStatus.BadgeRevoked;
        Version++;
        return revoked;
    }

    public static string Describe(AccreditationStatus status) => status switch
    {
        AccreditationStatus.Submitted => "submitted",
        AccreditationStatus.UnderReview => "under review",
        AccreditationStatus.Accredited => "accredited",
        AccreditationStatus.Refused => "refused",
        AccreditationStatus.BadgeIssued => "accredited with a badge issued",
        _ => "accredited with a revoked badge",
    };

    private Result<Member> Transition(string action, AccreditationStatus[] from, Action apply)
    {
        if (ErasedAt is not null)
        {
            return Result<Member>.Failure("member", "the personal data of this member were erased");
        }

        if (!from.Contains(Status))
        {
            return Result<Member>.Failure("status", $"cannot {action}: the member is {Describe(Status)}");
        }

        apply();
        Version++;
        return this;
    }

    /// <summary>Back to the start of vetting; a badge in force is revoked. True when the member had been decided on.</summary>
    private bool SendBackToVetting(string by, DateTime at)
    {
        if (Status is AccreditationStatus.Submitted or AccreditationStatus.UnderReview)
        {
            return false;
        }

        if (ActiveBadge is { } badge)
        {
            badge.Revoke(by, at, "identity data changed; the member is vetted again");
        }
        else if (Status == AccreditationStatus.BadgeIssued)
        {
            throw new InvalidOperationException($"Member {Id} has a badge issued, but its badges were not loaded; load them before changing the member.");
        }

        Submit(at);
        return true;
    }

    private void Submit(DateTime at)
    {
        Status = AccreditationStatus.Submitted;
        SubmittedAt = at;
        ReviewStartedAt = null;
        ReviewedBy = null;
        DecidedAt = null;
        DecidedBy = null;
        RefusalReason = null;
    }
}
