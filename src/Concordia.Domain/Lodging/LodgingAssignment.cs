namespace Concordia.Domain.Lodging;

/// <summary>A member lodged at an accommodation site from one night to another (both included).</summary>
public sealed class LodgingAssignment
{
    private LodgingAssignment()
    {
        Country = string.Empty;
        AssignedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>The member's country: whom the assignment concerns, and so who may see it.</summary>
    public string Country { get; private set; }

    public Guid MemberId { get; private set; }

    public Guid SiteId { get; private set; }

    public DateOnly FirstNight { get; private set; }

    public DateOnly LastNight { get; private set; }

    public DateTime AssignedAt { get; private set; }

    public string AssignedBy { get; private set; }

    public bool Covers(DateOnly night) => night >= FirstNight && night <= LastNight;

    public static LodgingAssignment Of(Guid eventId, string country, Guid memberId, Guid siteId, NightRange nights, string by, DateTime at) => new()
    {
        Id = Guid.CreateVersion7(),
        EventId = eventId,
        Country = country,
        MemberId = memberId,
        SiteId = siteId,
        FirstNight = nights.First,
        LastNight = nights.Last,
        AssignedAt = at,
        AssignedBy = by,
    };
}
