using Concordia.Domain.Requests;

namespace Concordia.Web.Features.Requests;

public sealed record ConditionsDto(IReadOnlyList<string>? Languages, ArmedCondition Armed, bool OwnEquipment, LodgingCondition Lodging)
{
    public static ConditionsDto From(LineConditions c) => new(c.Languages, c.Armed, c.OwnEquipment, c.Lodging);

    public LineConditions ToDomain() => new([.. (Languages ?? []).Select(l => l.Trim().ToLowerInvariant())], Armed, OwnEquipment, Lodging);
}

public sealed record RequestLineDto(Guid Id, int Number, Guid CapabilityId, string CapabilityCode, string CapabilityName, DateOnly From, DateOnly To,
    string? SiteGroup, ConditionsDto Conditions, int TotalAsked);

public sealed record AskQuantityDto(Guid LineId, int Quantity);

public sealed record AskSummaryDto(Guid Id, string Country, string? CountryName, AskStatus Status, int Total, IReadOnlyList<AskQuantityDto> Quantities,
    DateTime? SentAt, DateTime? AnsweredAt, Guid? PledgeId);

public sealed record RequestSummaryDto(Guid Id, string Title, Guid AgencyId, string AgencyName, RequestStatus Status, DateTime ReplyDeadline,
    int Countries, int TotalAsked, int Answered, DateTime CreatedAt, DateTime? SentAt);

public sealed record RequestDto(Guid Id, Guid EventId, Guid AgencyId, string AgencyName, string Title, string? Description, DateTime ReplyDeadline,
    RequestStatus Status, DateTime CreatedAt, DateTime? SentAt, DateTime? EndedAt, string? EndReason, int Version,
    IReadOnlyList<RequestLineDto> Lines, IReadOnlyList<AskSummaryDto> Asks);

public sealed record RequestLineWriteDto(Guid CapabilityId, DateOnly From, DateOnly To, string? SiteGroup, ConditionsDto? Conditions);

public sealed record CountryQuantitiesDto(string Country, IReadOnlyList<int> Quantities);

/// <summary>A request to create or revise (drafts only). <see cref="Version"/> is required when revising.</summary>
public sealed record RequestWriteDto(Guid AgencyId, string Title, string? Description, DateTime ReplyDeadline,
    IReadOnlyList<RequestLineWriteDto>? Lines, IReadOnlyList<CountryQuantitiesDto>? Countries, int? Version)
{
    public RequestDraft ToDraft() => new(Title ?? string.Empty, Description, ReplyDeadline.ToUniversalTime(),
        [.. (Lines ?? []).Select(l => new RequestLineDetails(l.CapabilityId, l.From, l.To, l.SiteGroup, l.Conditions?.ToDomain()))],
        [.. (Countries ?? []).Select(c => (c.Country ?? string.Empty, (IReadOnlyList<int>)(c.Quantities ?? [])))]);
}

/// <summary>Sends, closes or withdraws a request; <see cref="Version"/> is the version last read.</summary>
public sealed record RequestTransitionDto(int Version, string? Reason);

/// <summary>What one country sees of a request: its own ask, line by line, with its own quantities.</summary>
public sealed record AskDto(Guid Id, Guid RequestId, Guid EventId, string Country, string Title, string? Description, Guid AgencyId, string AgencyName,
    DateTime ReplyDeadline, AskStatus Status, IReadOnlyList<AskLineDto> Lines, Guid? PledgeId, int Version);

public sealed record AskLineDto(Guid LineId, int Number, Guid CapabilityId, string CapabilityCode, string CapabilityName, DateOnly From, DateOnly To,
    string? SiteGroup, ConditionsDto Conditions, int Quantity);
