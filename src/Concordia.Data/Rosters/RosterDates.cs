using System.Globalization;
using System.Text.RegularExpressions;

namespace Concordia.Data.Rosters;

/// <summary>
/// Dates as liaisons write them: ISO (1985-03-04) or day first with '/', '.' or '-' (04/03/1985, 4.3.1985), and the
/// serial numbers spreadsheets store in date cells. Month-first dates are not accepted: 04/03/1985 is 4 March.
/// </summary>
internal static partial class RosterDates
{
    private const string Formats = "write it as yyyy-MM-dd (1985-03-04) or day first, dd/MM/yyyy (04/03/1985)";

    public static bool TryParse(RawCell cell, string text, out DateOnly date, out string error)
    {
        date = default;
        error = string.Empty;
        if (cell.Number is { } serial)
        {
            // 1 is 1900-01-01 and 2958465 is 9999-12-31 in the 1900 date system every XLSX writer uses.
            if (serial is >= 1 and < 2958466)
            {
                date = DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
                return true;
            }

            error = $"'{text}' is a number, not a date; {Formats}";
            return false;
        }

        if (IsoDate().Match(text) is { Success: true } iso)
        {
            return Build(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value, text, out date, out error);
        }

        if (DayFirstDate().Match(text) is { Success: true } dayFirst)
        {
            var day = dayFirst.Groups["d"].Value;
            var month = dayFirst.Groups["m"].Value;
            var year = dayFirst.Groups["y"].Value;
            if (year.Length == 2)
            {
                error = $"'{text}' has a two-digit year; write the year with four digits, {Formats}";
                return false;
            }

            if (int.Parse(month, CultureInfo.InvariantCulture) > 12 && int.Parse(day, CultureInfo.InvariantCulture) <= 12)
            {
                error = $"'{text}' looks like month/day/year; write the day first (dd/MM/yyyy) or use yyyy-MM-dd";
                return false;
            }

            return Build(year, month, day, text, out date, out error);
        }

        error = $"'{text}' is not a date; {Formats}";
        return false;
    }

    public static string Write(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool Build(string year, string month, string day, string text, out DateOnly date, out string error)
    {
        error = string.Empty;
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            date = new DateOnly(y, m, d);
            return true;
        }

        date = default;
        error = $"'{text}' is not a real date (no such day); {Formats}";
        return false;
    }

    // A time part of midnight is what spreadsheets add when a date cell is saved as text.
    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})([T ]00:00(:00(\.0+)?)?Z?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<d>[0-9]{1,2})(?<s>[/.\-])(?<m>[0-9]{1,2})\k<s>(?<y>[0-9]{4}|[0-9]{2})( 00:00(:00)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstDate();
}
