namespace Concordia.Domain.Alerts;

/// <summary>A recorded change of the level in force, kept as history of the event.</summary>
public sealed class AlertLevelChange
{
    private AlertLevelChange()
    {
        FromLevel = string.Empty;
        ToLevel = string.Empty;
        ChangedBy = string.Empty;
    }

    internal AlertLevelChange(Guid eventId, string fromLevel, string toLevel, DateTime changedAt, string changedBy, string? reason)
    {
        Id = Guid.CreateVersion7();
        EventId = eventId;
        FromLevel = fromLevel;
        ToLevel = toLevel;
        ChangedAt = changedAt;
        ChangedBy = changedBy;
        Reason = reason;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public string FromLevel { get; private set; }

    public string ToLevel { get; private set; }

    /// <summary>UTC instant of the change.</summary>
    public DateTime ChangedAt { get; private set; }

    public string ChangedBy { get; private set; }

    public string? Reason { get; private set; }
}
