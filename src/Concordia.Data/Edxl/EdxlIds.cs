namespace Concordia.Data.Edxl;

/// <summary>
/// Identifiers Concordia puts in EDXL-RM messages. They derive from database ids so that exporting the same ask twice
/// gives the same message, and an answer can be matched to its ask without any state kept between the two.
/// </summary>
internal static class EdxlIds
{
    public static string Request(Guid askId) => $"urn:x-concordia:ask:{askId:D}";

    public static string Commit(Guid askId, Guid commitId) => $"urn:x-concordia:ask:{askId:D}:commit:{commitId:D}";

    /// <summary>A request line is named by its id, so that a renumbered or reordered answer still finds its line.</summary>
    public static string Line(Guid lineId) => lineId.ToString("D");

    /// <summary>Capability codes belong to one event's catalogue; the list URN says which.</summary>
    public static string CapabilityList(string eventCode) => $"urn:x-concordia:event:{eventCode}:capability";
}
