using Concordia.Domain.Alerts;
using Concordia.Domain.Common;
using Concordia.Domain.Countries;

namespace Concordia.Domain.Events;

/// <summary>The occasion to secure: its host, dates in the host's time zone, phases and alert scale.</summary>
public sealed class Event
{
    private readonly List<EventPhase> phases = [];

    private Event()
    {
        Code = string.Empty;
        Name = string.Empty;
        HostCountry = string.Empty;
        TimeZoneId = string.Empty;
        CurrentAlertLevel = string.Empty;
        AlertScale = null!;
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 code of the host country.</summary>
    public string HostCountry { get; private set; }

    /// <summary>IANA time zone of the event; every local date and time of the event is read in it.</summary>
    public string TimeZoneId { get; private set; }

    /// <summary>First local day of the security period.</summary>
    public DateOnly Start { get; private set; }

    /// <summary>Last local day of the security period (inclusive).</summary>
    public DateOnly End { get; private set; }

    public IReadOnlyList<EventPhase> Phases => phases;

    public AlertScale AlertScale { get; private set; }

    /// <summary>Code of the alert level in force.</summary>
    public string CurrentAlertLevel { get; private set; }

    /// <summary>Incremented on every change; used to detect concurrent edits.</summary>
    public int Version { get; private set; }

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>The whole security period as UTC instants: local midnight of Start to local midnight after End.</summary>
    public TimeWindow Span => TimeWindow.Create(StartOfDayUtc(Start), StartOfDayUtc(End.AddDays(1))).Value;

    public static Result<Event> Create(
        string code, string name, string? description, string hostCountry, string timeZoneId,
        DateOnly start, DateOnly end, IReadOnlyList<EventPhase> phases, AlertScale alertScale, string currentAlertLevel)
    {
        var check = new Check().Code(code, "code");
        CheckDetails(check, name, description, start, end, phases);
        check.That(CountryCatalogue.Find(hostCountry) is not null, "hostCountry", $"'{hostCountry}' is not an ISO 3166-1 alpha-2 country code")
            .That(TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _), "timeZone", $"'{timeZoneId}' is not a known IANA time zone")
            .That(alertScale.Has(currentAlertLevel), "alertScale.currentLevel", $"'{currentAlertLevel}' is not a level of the scale");
        return check.ToResult(() =>
        {
            var created = new Event
            {
                Id = Guid.CreateVersion7(),
                Code = code,
                HostCountry = hostCountry,
                TimeZoneId = timeZoneId,
                AlertScale = alertScale,
                CurrentAlertLevel = currentAlertLevel,
            };
            created.Apply(name, description, start, end, phases);
            return created;
        });
    }

    /// <summary>Changes the descriptive data and dates. The caller checks that existing requirements still fit.</summary>
    public Result<Event> Update(string name, string? description, DateOnly start, DateOnly end, IReadOnlyList<EventPhase> newPhases)
    {
        var check = new Check();
        CheckDetails(check, name, description, start, end, newPhases);
        if (check.Failed)
        {
            return Result<Event>.Failure(check.Errors);
        }

        Apply(name, description, start, end, newPhases);
        Version++;
        return this;
    }

    /// <summary>Puts another level of the scale in force and returns the history record of the change.</summary>
    public Result<AlertLevelChange> SetAlertLevel(string levelCode, DateTime at, string changedBy, string? reason)
    {
        var check = new Check()
            .That(AlertScale.Has(levelCode), "level", $"'{levelCode}' is not a level of the {AlertScale.Name} scale")
            .That(levelCode != CurrentAlertLevel, "level", $"'{levelCode}' is already in force")
            .Paragraph(reason, "reason", 2000);
        if (check.Failed)
        {
            return Result<AlertLevelChange>.Failure(check.Errors);
        }

        var change = new AlertLevelChange(Id, CurrentAlertLevel, levelCode, at, changedBy, reason);
        CurrentAlertLevel = levelCode;
        Version++;
        return change;
    }

    public AlertLevel CurrentLevel => AlertScale.Find(CurrentAlertLevel)!;

    /// <summary>The UTC instant of local midnight starting the given day in the event's time zone.</summary>
    public DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), TimeZone);

    /// <summary>The local calendar day, in the event's time zone, of a UTC instant.</summary>
    public DateOnly LocalDay(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZone));

    /// <summary>A UTC instant as local time of the event, with its offset.</summary>
    public DateTimeOffset ToLocal(DateTime utc)
    {
        var zone = TimeZone;
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeFromUtc(utc, zone), zone.GetUtcOffset(utc));
    }

    public EventPhase? PhaseOn(DateOnly day) => phases.Find(p => p.Contains(day));

    private static void CheckDetails(Check check, string name, string? description, DateOnly start, DateOnly end, IReadOnlyList<EventPhase> phases)
    {
        check.Name(name, "name").Paragraph(description, "description", 4000)
            .That(end >= start, "end", "must not be before start")
            .That(end.DayNumber - start.DayNumber <= 366, "end", "an event lasts at most 367 days");
        for (var i = 0; i < phases.Count; i++)
        {
            var phase = phases[i];
            check.That(phase.Start >= start && phase.End <= end, $"phases[{i}]", $"must lie within the event's dates {start:yyyy-MM-dd} to {end:yyyy-MM-dd}")
                .That(phases.Take(i).All(p => p.Code != phase.Code), $"phases[{i}].code", $"'{phase.Code}' is used by another phase");
        }
    }

    private void Apply(string name, string? description, DateOnly start, DateOnly end, IReadOnlyList<EventPhase> newPhases)
    {
        Name = name.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        Start = start;
        End = end;
        phases.Clear();
        phases.AddRange(newPhases.OrderBy(p => p.Start));
    }
}
