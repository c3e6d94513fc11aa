using System.Globalization;
using Concordia.Domain.Common;
using Concordia.Domain.Events;

namespace Concordia.Data.Scenarios;

/// <summary>Date-times of a scenario file: instants with an offset, or wall-clock times of the event's zone.</summary>
public static class ScenarioTimes
{
    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];

    public static Result<DateTime> Parse(string text, TimeZoneInfo zone, string field)
    {
        if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            if (zone.IsInvalidTime(local))
            {
                return Result<DateTime>.Failure(field, $"'{text}' does not exist in {zone.Id} (the clocks skip it)");
            }

            if (zone.IsAmbiguousTime(local))
            {
                return Result<DateTime>.Failure(field, $"'{text}' happens twice in {zone.Id}; add the UTC offset to say which");
            }

            return TimeZoneInfo.ConvertTimeToUtc(local, zone);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant.UtcDateTime
            : Result<DateTime>.Failure(field, $"'{text}' is not an ISO 8601 date and time");
    }

    /// <summary>Writes an instant as local time of the event with its offset, e.g. 2024-07-26T19:30:00+02:00.</summary>
    public static string Format(Event ev, DateTime utc) =>
        ev.ToLocal(utc).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
