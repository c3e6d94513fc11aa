using Concordia.Domain.Costs;

namespace Concordia.Web.Features.Costs;

/// <summary>
/// An agreement or invitation as the host records it. Every field is required except the signing day, the
/// signatories and the categories of costs (a category left out is not covered). <see cref="Version"/> is the version
/// the client last read, to change an agreement.
/// </summary>
public sealed record AgreementRequest(
    AgreementKind? Kind,
    string? Reference,
    string? Title,
    DateOnly? SignedOn,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    string? Signatories,
    IReadOnlyList<CostShare>? Costs,
    string? Reason,
    int? Version);

/// <summary>An expense of the country: category, amount and ISO 4217 currency, the day and what it was for.</summary>
public sealed record ExpenseRequest(CostCategory? Category, decimal? Amount, string? Currency, DateOnly? IncurredOn, string? Description);

/// <summary>A draft claim of the country's expenses (all in one currency, none already claimed).</summary>
public sealed record ClaimRequest(IReadOnlyList<Guid>? ExpenseIds);

/// <summary>A step of a claim: submitting it (the country), approving (all, or <see cref="Amount"/> with a note), rejecting with a reason, or recording the reimbursement.</summary>
public sealed record ClaimStepRequest(decimal? Amount, string? Note, DateOnly? ReimbursedOn, int? Version);

public sealed record AgreementDto(
    Guid Id,
    string Country,
    string CountryName,
    AgreementTerms Terms,
    int Version,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    IReadOnlyList<AgreementVersionDto> Versions,
    IReadOnlyList<AgreementDocumentDto> Documents);

public sealed record AgreementVersionDto(int Number, DateTimeOffset ChangedAt, string ChangedBy, string Change, AgreementTerms Terms);

/// <summary>A document of an agreement; <see cref="Url"/> downloads the PDF.</summary>
public sealed record AgreementDocumentDto(Guid Id, string Title, string FileName, int SizeBytes, string UploadedBy, DateTimeOffset UploadedAt, string Url);

/// <summary>An expense; <see cref="ReceiptUrl"/> downloads its receipt when there is one.</summary>
public sealed record ExpenseDto(
    Guid Id,
    string Country,
    CostCategory Category,
    decimal Amount,
    string Currency,
    DateOnly IncurredOn,
    string Description,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    Guid? ClaimId,
    string? ReceiptFileName,
    string? ReceiptUrl);

public sealed record ClaimDto(
    Guid Id,
    string Country,
    string CountryName,
    string Currency,
    ClaimState State,
    bool ApprovedInPart,
    IReadOnlyList<ClaimLine> Lines,
    decimal ClaimedAmount,
    decimal? ApprovedAmount,
    decimal? ReimbursedAmount,
    DateOnly? ReimbursedOn,
    string? DecisionNote,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    int Version);

/// <summary>
/// A country's money in one currency: estimated (its commitments' estimates, withdrawn ones left out), expenses recorded,
/// claimed (claims not rejected), approved, reimbursed.
/// </summary>
public sealed record MoneyTotalsDto(string Currency, decimal Estimated, decimal Expenses, decimal Claimed, decimal Approved, decimal Reimbursed);

/// <summary>
/// A cost estimate: its currency and amount per category (<see cref="EstimateLineInput"/>); <see cref="Version"/> is the
/// commitment's version last read (for a commitment's estimate; optional).
/// </summary>
public sealed record EstimateRequest(string? Currency, IReadOnlyList<EstimateLineInput?>? Lines, int? Version = null);

/// <summary>One category of an estimate, and who bears it under the country's agreements in force during those days.</summary>
public sealed record EstimateShareDto(CostCategory Category, decimal Amount, Payer Payer, int HostPercent, decimal HostPart);

/// <summary>
/// A pledge (kind "pledge") or a commitment (kind "commitment") of the country, what it sends and when, and its cost estimate
/// (null until given) with who bears each category.
/// </summary>
public sealed record EstimateDto(
    string Kind,
    Guid Id,
    Guid PledgeId,
    string What,
    int People,
    DateOnly From,
    DateOnly To,
    bool Active,
    int Version,
    CostEstimate? Estimate,
    IReadOnlyList<EstimateShareDto> Shares,
    decimal HostTotal);

/// <summary>A country's agreements, expenses and claims at an event, with its totals per currency, and its pledges and commitments with their cost estimates.</summary>
public sealed record CountryCostsDto(
    string Country,
    string CountryName,
    IReadOnlyList<AgreementDto> Agreements,
    IReadOnlyList<ExpenseDto> Expenses,
    IReadOnlyList<ClaimDto> Claims,
    IReadOnlyList<MoneyTotalsDto> Totals,
    IReadOnlyList<EstimateDto> Estimates);

/// <summary>The event's agreements (without history) that the caller may see, one line each.</summary>
public sealed record AgreementSummaryDto(Guid Id, string Country, string CountryName, AgreementTerms Terms, int Version, int Documents);
