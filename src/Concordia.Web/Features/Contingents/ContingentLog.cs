namespace Concordia.Web.Features.Contingents;

/// <summary>Log messages of contingents, vetting, travel and lodging (event ids 1500–1599). No personal data: counts and codes only.</summary>
internal static partial class ContingentLog
{
    [LoggerMessage(EventId = 1500, Level = LogLevel.Information, Message = "Roster imported into {EventCode}/{Country}: {Created} created, {Updated} updated, {Unchanged} unchanged")]
    public static partial void RosterImported(ILogger logger, string eventCode, string country, int created, int updated, int unchanged);

    [LoggerMessage(EventId = 1501, Level = LogLevel.Warning, Message = "Roster import into {EventCode}/{Country} refused by the database; nothing was written")]
    public static partial void RosterRejected(ILogger logger, Exception exception, string eventCode, string country);

    [LoggerMessage(EventId = 1510, Level = LogLevel.Information, Message = "Accreditation {Action} for {Count} member(s) of {EventCode}")]
    public static partial void AccreditationDecided(ILogger logger, string action, int count, string eventCode);

    [LoggerMessage(EventId = 1520, Level = LogLevel.Information, Message = "Lodging allocated in {EventCode}: {Placed} placed, {Unplaced} without a bed")]
    public static partial void LodgingAllocated(ILogger logger, string eventCode, int placed, int unplaced);
}
