using Concordia.Domain.Contingents;

namespace Concordia.Web.Features.Vetting;

/// <summary>The answer of a badge check. <see cref="Today"/> is the event's local date the verdict was reached on.</summary>
public sealed record BadgeVerificationDto(BadgeVerdict Verdict, string BadgeNumber, string FamilyName, string GivenName, string? LatinName, string Country,
    string CountryName, string? Capability, string EventCode, string EventName, DateOnly ValidFrom, DateOnly ValidUntil, DateTime? RevokedAt, DateOnly Today,
    DateTime? CheckedInAt, string? CheckInPlace, bool? Armed = null, string? Arms = null, string? Dog = null);

/// <summary>A decision on many members at once; <see cref="Reason"/> is required to refuse or to revoke a badge.</summary>
public sealed record AccreditationDecisionRequest(AccreditationAction? Action, IReadOnlyList<Guid>? MemberIds, string? Reason);

/// <summary>The members after the decision, as the vetting officer's list shows them.</summary>
public sealed record AccreditationDecisionResult(AccreditationAction Action, IReadOnlyList<AccreditationRowDto> Members);

/// <summary>One member in the vetting officers' list.</summary>
public sealed record AccreditationRowDto(Guid MemberId, string Country, string? PersonnelNumber, string DisplayName, Guid? CapabilityId, bool CanineTeam,
    AccreditationStatus Status, DateTime SubmittedAt, DateTime? DecidedAt, double WaitingDays, string? RefusalReason, string? BadgeNumber)
{
    public static AccreditationRowDto From(Member m, DateTime now) =>
        new(m.Id, m.Country, m.PersonnelNumber, m.DisplayName, m.CapabilityId, m.IsCanineTeam, m.Status, m.SubmittedAt, m.DecidedAt,
            Math.Round(m.WaitingTime(now).TotalDays, 1), m.RefusalReason, m.ActiveBadge?.Number);
}

/// <summary>
/// One country's vetting in figures: members per status, how long decided cases waited (median, days), and the cases
/// still waiting (how many, since when, median wait so far).
/// </summary>
public sealed record VettingCountryDto(string Country, string CountryName, int Submitted, int UnderReview, int Accredited, int Refused, int BadgeIssued,
    int BadgeRevoked, double? MedianDaysToDecision, int Waiting, DateTime? OldestWaitingSince, double? MedianDaysWaiting)
{
    public int Total => Submitted + UnderReview + Accredited + Refused + BadgeIssued + BadgeRevoked;
}

/// <summary>Vetting of an event: one row per country and the totals.</summary>
public sealed record VettingOverviewDto(IReadOnlyList<VettingCountryDto> Countries, VettingCountryDto Total);
