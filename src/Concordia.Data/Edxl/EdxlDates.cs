using System.Globalization;
using System.Text.RegularExpressions;
using Concordia.Domain.Events;

namespace Concordia.Data.Edxl;

/// <summary>
/// EDXL date-times are instants with an explicit offset. Concordia's line periods are local calendar days of the
/// event, so a period is written as local midnight of its first day to the last second of its last day, in the event's
/// time zone, and read back as the local days of those instants.
/// </summary>
internal static partial class EdxlDates
{
    public static string Instant(Event ev, DateTime utc) => Format(ev.ToLocal(utc));

    public static string StartOf(Event ev, DateOnly day) => Instant(ev, ev.StartOfDayUtc(day));

    public static string EndOf(Event ev, DateOnly day) => Instant(ev, ev.StartOfDayUtc(day.AddDays(1)).AddSeconds(-1));

    /// <summary>Parses an xsd:dateTime that states its offset (or Z); a time without one would be read in the server's zone.</summary>
    public static bool TryParse(string? text, out DateTimeOffset value, out string problem)
    {
        value = default;
        var trimmed = text?.Trim() ?? string.Empty;
        if (!Pattern().IsMatch(trimmed))
        {
            problem = "must be a date and time with its UTC offset, e.g. 2024-07-26T00:00:00+02:00";
            return false;
        }

        if (!DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
        {
            problem = "is not a valid date and time";
            return false;
        }

        if (value.Year is < 1900 or > 2199)
        {
            problem = "is out of range";
            return false;
        }

        problem = string.Empty;
        return true;
    }

    public static DateOnly LocalDay(Event ev, DateTimeOffset instant) => ev.LocalDay(instant.UtcDateTime);

    private static string Format(DateTimeOffset local) => local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Pattern();
}
