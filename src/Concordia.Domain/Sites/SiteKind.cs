namespace Concordia.Domain.Sites;

/// <summary>What a site is; ceremony sectors are stretches of a ceremony route such as the Seine.</summary>
public enum SiteKind
{
    Venue,
    FanZone,
    Village,
    CeremonySector,
    TransportHub,
    Other,
}
