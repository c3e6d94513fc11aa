using Concordia.Domain.Countries;
using Concordia.Domain.Events;

namespace Concordia.Web.Features.Events;

public sealed record PhaseDto(string Code, string Name, DateOnly Start, DateOnly End);

public sealed record AlertLevelDto(string Code, string Name, int Rank, string? Color, string? Description);

public sealed record AlertScaleDto(string Code, string Name, IReadOnlyList<AlertLevelDto> Levels);

public sealed record EventSummaryDto(Guid Id, string Code, string Name, string HostCountry, string? HostCountryName,
    string TimeZone, DateOnly Start, DateOnly End, string CurrentAlertLevel)
{
    public static EventSummaryDto From(Event e) =>
        new(e.Id, e.Code, e.Name, e.HostCountry, CountryCatalogue.Find(e.HostCountry)?.Name, e.TimeZoneId, e.Start, e.End, e.CurrentAlertLevel);
}

public sealed record EventDto(Guid Id, string Code, string Name, string? Description, string HostCountry, string? HostCountryName,
    string TimeZone, DateOnly Start, DateOnly End, IReadOnlyList<PhaseDto> Phases, AlertScaleDto AlertScale, string CurrentAlertLevel, int Version)
{
    public static EventDto From(Event e) =>
        new(e.Id, e.Code, e.Name, e.Description, e.HostCountry, CountryCatalogue.Find(e.HostCountry)?.Name, e.TimeZoneId, e.Start, e.End,
            [.. e.Phases.Select(p => new PhaseDto(p.Code, p.Name, p.Start, p.End))],
            new AlertScaleDto(e.AlertScale.Code, e.AlertScale.Name,
                [.. e.AlertScale.Levels.Select(l => new AlertLevelDto(l.Code, l.Name, l.Rank, l.Color, l.Description))]),
            e.CurrentAlertLevel, e.Version);
}

/// <summary>Changes an event's description and dates; <see cref="Version"/> is the version the client last read.</summary>
public sealed record UpdateEventRequest(string Name, string? Description, DateOnly Start, DateOnly End, IReadOnlyList<PhaseDto>? Phases, int Version);
