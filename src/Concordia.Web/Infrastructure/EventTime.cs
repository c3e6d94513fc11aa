using System.Globalization;
using Concordia.Domain.Events;

namespace Concordia.Web.Infrastructure;

/// <summary>
/// Instants as people at the event read them: in the event's own time zone, named ("Paris time"), in the reader's
/// culture (day before month, 24-hour clock in English and French alike).
/// </summary>
public static class EventTime
{
    /// <summary>"Paris time" for Europe/Paris, "Doha time" for Asia/Qatar's capital zone.</summary>
    public static string ZoneName(Event ev) => ev.TimeZoneId.Split('/')[^1].Replace('_', ' ') + " time";

    public static string Format(Event ev, DateTime utc, CultureInfo? culture = null) =>
        ev.ToLocal(utc).ToString("d MMM yyyy, HH:mm", culture ?? CultureInfo.CurrentCulture) + " (" + ZoneName(ev) + ")";
}
