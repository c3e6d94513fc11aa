namespace Concordia.Web.Features.Requirements;

/// <summary>A requirement row; times are local to the event, with their UTC offset. <see cref="Armed"/>: only armed officers serve it.</summary>
public sealed record RequirementDto(Guid Id, Guid SiteId, string SiteCode, string SiteName, Guid CapabilityId, string CapabilityCode,
    string CapabilityName, DateTimeOffset Start, DateTimeOffset End, int Quantity, string AlertLevel, int Priority, string? Note,
    bool InForce, int Version, bool Armed);

/// <summary>
/// A requirement to create or change; <see cref="Version"/> is required when changing. <see cref="Armed"/>: only armed
/// officers serve it (not when omitted).
/// </summary>
public sealed record RequirementRequest(Guid SiteId, Guid CapabilityId, DateTimeOffset Start, DateTimeOffset End, int Quantity,
    string AlertLevel, int Priority, string? Note, int? Version, bool? Armed = null);

/// <summary>Filters of the requirement list. <see cref="Day"/> is a local date of the event.</summary>
public sealed record RequirementFilter(Guid? SiteId = null, Guid? CapabilityId = null, string? AlertLevel = null, int? Priority = null,
    DateOnly? Day = null, bool InForceOnly = false, int Offset = 0, int Limit = 100);

/// <summary>One local day: units per capability code, and the people and dogs of all those units.</summary>
public sealed record DayTotalDto(DateOnly Day, string? Phase, int Units, int Persons, int Dogs, IReadOnlyDictionary<string, int> UnitsByCapability,
    IReadOnlyDictionary<string, int> PersonsByCapability);

public sealed record CapabilityTotalDto(string Code, string Name, int Units, int Persons, int Dogs, double PersonHours, DateOnly? PeakDay, int PeakPersons);

/// <summary>
/// What is needed per local day at an alert level (a window counts on the day it starts: one shift of duty), per
/// capability, and on the peak day (the day needing the most people). Totals over days are person-shifts.
/// </summary>
public sealed record RequirementTotalsDto(string Level, int Units, int Persons, DateOnly? PeakDay, int PeakPersons,
    IReadOnlyList<DayTotalDto> Days, IReadOnlyList<CapabilityTotalDto> Capabilities);
