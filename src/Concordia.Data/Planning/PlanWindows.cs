using Concordia.Domain.Events;
using Engine = Concordia.Planning.Model;

namespace Concordia.Data.Planning;

/// <summary>
/// The shifts of a plan are the requirement windows: each distinct start and end is one window, named by its UTC
/// instants, with a kind read from its local start (early, late, night, or a 10-hour-plus day or night shift) so
/// successions and fairness can tell them apart.
/// </summary>
public static class PlanWindows
{
    public static string Id(DateTime start, DateTime end) =>
        FormattableString.Invariant($"{start:yyyyMMdd'T'HHmm}-{end:yyyyMMdd'T'HHmm}");

    public static Engine.TimeWindow Create(Event ev, DateTime start, DateTime end)
    {
        var local = ev.ToLocal(start);
        var hours = (end - start).TotalHours;
        var hour = local.Hour + (local.Minute / 60.0);
        var kind = hours >= 10
            ? hour is >= 5 and < 15 ? "day" : "night"
            : hour is >= 4 and < 11 ? "early" : hour is >= 11 and < 18 ? "late" : "night";
        return new Engine.TimeWindow(Id(start, end), new DateTimeOffset(start, TimeSpan.Zero), new DateTimeOffset(end, TimeSpan.Zero), kind, CoversNight(ev, start, end));
    }

    /// <summary>Whether the window holds local time between midnight and 5 in the morning.</summary>
    private static bool CoversNight(Event ev, DateTime start, DateTime end)
    {
        for (var day = ev.LocalDay(start); ev.StartOfDayUtc(day) < end; day = day.AddDays(1))
        {
            var midnight = ev.StartOfDayUtc(day);
            if (midnight < end && midnight.AddHours(5) > start)
            {
                return true;
            }
        }

        return false;
    }
}
