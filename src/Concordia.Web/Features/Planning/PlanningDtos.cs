namespace Concordia.Web.Features.Planning;

/// <summary>A plan job as its followers see it: state in words, the latest progress, the version it produced.</summary>
public sealed record PlanJobDto(
    Guid Id,
    Guid EventId,
    string Trigger,
    string Reason,
    string State,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    int TimeLimitSeconds,
    string? Phase,
    long? HardViolations,
    long? Objective,
    double? CoveragePercent,
    double? ElapsedSeconds,
    bool CancelRequested,
    string? Error,
    Guid? VersionId,
    Guid? BasedOnVersionId);

/// <summary>The answer to a plan request: the job to follow.</summary>
public sealed record PlanQueuedDto(Guid JobId, string Location);

/// <summary>A plan version's summary: its state, what made it, and what the validator found.</summary>
public sealed record PlanVersionDto(
    Guid Id,
    Guid EventId,
    int Number,
    string State,
    string Trigger,
    string Reason,
    string AlertLevel,
    Guid? BasedOnVersionId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt,
    string? PublishedBy,
    long HardViolations,
    long Objective,
    double CoveragePercent,
    long RequiredUnits,
    long CoveredUnits,
    long? CoverableUnits,
    double? CoverageCeilingPercent,
    int Duties,
    int Moves,
    double SearchSeconds,
    bool Stale,
    int Version);

/// <summary>One rule's share of a version's cost.</summary>
public sealed record PlanRuleDto(string Rule, bool Hard, long Violations, long Cost);

/// <summary>A gap of a version: a site, window and capability short of units.</summary>
public sealed record PlanGapDto(Guid SiteId, string Site, Guid CapabilityId, string Capability, DateTimeOffset Start, DateTimeOffset End, int Required, int Missing);

/// <summary>A version with its rules and its largest gaps.</summary>
public sealed record PlanVersionDetailDto(PlanVersionDto Version, IReadOnlyList<PlanRuleDto> Rules, IReadOnlyList<PlanGapDto> Gaps);

/// <summary>A unit on duty: who (a person, or a team with its members), where, when, for what.</summary>
public sealed record PlanDutyDto(
    int Number,
    string Country,
    string Unit,
    IReadOnlyList<PlanPersonDto> People,
    Guid SiteId,
    string Site,
    Guid CapabilityId,
    string Capability,
    DateTimeOffset Start,
    DateTimeOffset End);

public sealed record PlanPersonDto(Guid MemberId, string Name, string? Rank, bool Leader, string? Dog);

/// <summary>A page of duties.</summary>
public sealed record PlanDutyPageDto(int Total, int Offset, IReadOnlyList<PlanDutyDto> Duties);

/// <summary>Needed and planned units of one site on one local day (the heat map's cell).</summary>
public sealed record CoverageCellDto(Guid SiteId, DateOnly Day, long Needed, long Planned);

public sealed record CoverageDto(Guid VersionId, IReadOnlyList<CoverageSiteDto> Sites, IReadOnlyList<DateOnly> Days, IReadOnlyList<CoverageCellDto> Cells);

public sealed record CoverageSiteDto(Guid Id, string Code, string Name);

/// <summary>What a version changes against another: duties added, removed and moved, by site and by country.</summary>
public sealed record PlanComparisonDto(
    Guid FromVersionId,
    Guid ToVersionId,
    int Added,
    int Removed,
    int Moved,
    int Kept,
    IReadOnlyList<PlanChangeCountDto> BySite,
    IReadOnlyList<PlanChangeCountDto> ByCountry,
    long CoveredBefore,
    long CoveredAfter);

public sealed record PlanChangeCountDto(string Key, string Name, int Added, int Removed, int Moved);

/// <summary>The event's planning settings; send <see cref="Version"/> back to change them.</summary>
public sealed record PlanningSettingsDto(
    int MaxShiftHours, int MinRestHours, int MaxHoursPer7Days, int MaxConsecutiveDays, int HostOfficersPerForeignOfficer,
    int FrozenHorizonMinutes, int PlanSeconds, int ReplanSeconds, int Version);
