using System.Globalization;
using Concordia.Data.Scenarios.Format;
using Concordia.Domain.Common;

namespace Concordia.Data.Scenarios;

/// <summary>
/// An import option: the scenario as another event. It can take another code, name and description, and with
/// <see cref="StartOn"/> every date of the file moves by the same number of days so that the event starts on that
/// day: the event, its phases, the requirements (at the same wall-clock times in the event's zone) and the
/// contributions. A past event becomes an upcoming one this way, as in the demo.
/// </summary>
public sealed record ScenarioMove(string? Code = null, string? Name = null, DateOnly? StartOn = null, string? Description = null)
{
    private const string LocalFormat = "yyyy-MM-dd'T'HH:mm:ss";

    public bool IsEmpty => Code is null && Name is null && StartOn is null && Description is null;

    public Result<ScenarioFile> Apply(ScenarioFile file)
    {
        var days = StartOn is { } start ? start.DayNumber - file.Event.Start.DayNumber : 0;
        var ev = file.Event with
        {
            Code = Code ?? file.Event.Code,
            Name = Name ?? file.Event.Name,
            Description = Description ?? file.Event.Description,
            Start = file.Event.Start.AddDays(days),
            End = file.Event.End.AddDays(days),
            Phases = file.Event.Phases?.Select(p => p with { Start = p.Start.AddDays(days), End = p.End.AddDays(days) }).ToList(),
        };
        if (days == 0)
        {
            return file with { Event = ev };
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(file.Event.TimeZone, out var zone))
        {
            return Result<ScenarioFile>.Failure("event.timeZone", $"'{file.Event.TimeZone}' is not a time zone, so the times cannot be moved");
        }

        var errors = new List<DomainError>();
        var requirements = file.Requirements.Select((r, i) => r with
        {
            Start = Moved(r.Start, zone, days, $"requirements[{i}].start", errors),
            End = Moved(r.End, zone, days, $"requirements[{i}].end", errors),
        }).ToList();
        if (errors.Count > 0)
        {
            return Result<ScenarioFile>.Failure(errors);
        }

        return file with
        {
            Event = ev,
            Requirements = requirements,
            Contributions = file.Contributions?.Select(c => c with { From = c.From.AddDays(days), To = c.To.AddDays(days) }).ToList(),
            Visitors = file.Visitors?.Select(v => v with { Day = v.Day.AddDays(days) }).ToList(),
        };
    }

    /// <summary>The same wall-clock time <paramref name="days"/> later, written without an offset (a time of the event's zone).</summary>
    private static string Moved(string text, TimeZoneInfo zone, int days, string field, List<DomainError> errors)
    {
        var instant = ScenarioTimes.Parse(text, zone, field);
        if (!instant.IsSuccess)
        {
            errors.AddRange(instant.Errors);
            return text;
        }

        return TimeZoneInfo.ConvertTimeFromUtc(instant.Value, zone).AddDays(days).ToString(LocalFormat, CultureInfo.InvariantCulture);
    }
}
