using Concordia.Domain.Alerts;
using Concordia.Domain.Capabilities;
using Concordia.Domain.Common;
using Concordia.Domain.Events;
using Concordia.Domain.Requirements;
using Concordia.Domain.Sites;

namespace Concordia.Domain.Tests;

/// <summary>Builders that read like the domain.</summary>
internal static class Build
{
    public static AlertScale Vigipirate() => AlertScale.Create("vigipirate", "Vigipirate",
    [
        new AlertLevel("vigilance", "Vigilance", 1, "#2E86C1"),
        new AlertLevel("securite-renforcee", "Sécurité renforcée – risque attentat", 2, "#E67E22"),
        new AlertLevel("urgence-attentat", "Urgence attentat", 3, "#C0392B"),
    ]).Value;

    /// <summary>A small Paris event: 26 July to 11 August 2024, Europe/Paris, with the Olympic phase.</summary>
    public static Event Paris(string level = "urgence-attentat") => Event.Create("paris", "Paris 2024", null, "FR", "Europe/Paris",
        new DateOnly(2024, 7, 26), new DateOnly(2024, 8, 11),
        [EventPhase.Create("olympics", "Olympic Games", new DateOnly(2024, 7, 26), new DateOnly(2024, 8, 11)).Value],
        Vigipirate(), level).Value;

    public static GeoPoint Point(double lat = 48.8566, double lon = 2.3522) => GeoPoint.Create(lat, lon).Value;

    public static Site Site(Event ev, string code = "STA", Site? parent = null, SiteKind kind = SiteKind.Venue) =>
        Domain.Sites.Site.Create(ev, new SiteDetails(code, "Stade " + code, kind, Point()), parent).Value;

    public static Capability Patrol(Event ev) => Capability.Create(ev, "patrol", "Patrol officer", CapabilityKind.PatrolOfficer, 3).Value;

    public static Capability PublicOrder(Event ev) =>
        Capability.Create(ev, "crs", "Public-order unit", CapabilityKind.PublicOrderUnit, 1, persons: 70).Value;

    /// <summary>A UTC instant from a Paris wall-clock time (summer: UTC+2).</summary>
    public static DateTime Paris(int month, int day, int hour) =>
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(2024, month, day, hour, 0, 0, DateTimeKind.Unspecified), TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));

    public static TimeWindow Window(DateTime start, DateTime end) => TimeWindow.Create(start, end).Value;

    public static Requirement Requirement(Event ev, Site site, Capability capability, TimeWindow window, int quantity, string level = "vigilance") =>
        Domain.Requirements.Requirement.Create(ev, site, capability, new RequirementDetails(window, quantity, level, 2)).Value;
}
