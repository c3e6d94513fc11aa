namespace Concordia.Domain.Lodging;

/// <summary>One night at one site: beds taken and beds offered. Over capacity when more are taken than offered.</summary>
public sealed record NightOccupancy(Guid SiteId, DateOnly Night, int Occupied, int Capacity)
{
    public bool OverCapacity => Occupied > Capacity;
}
