using Concordia.Data;
using Concordia.Domain.Common;
using Concordia.Domain.Events;
using Concordia.Domain.Sites;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Sites;

/// <summary>Turns a site request into domain details, naming each bad field.</summary>
internal static class SiteRequestMapping
{
    public static async Task<(SiteDetails? Details, Site? Parent, List<DomainError> Errors)> ToDetailsAsync(
        SiteRequest request, Event ev, ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        var errors = new List<DomainError>();
        GeoPoint? location = null;
        if (request.Location is null)
        {
            errors.Add(new DomainError("location", "is required"));
        }
        else
        {
            var point = GeoPoint.Create(request.Location.Lat, request.Location.Lon);
            errors.AddRange(point.Errors.Select(e => e.Under("location")));
            location = point.IsSuccess ? point.Value : null;
        }

        var area = (request.Area ?? []).Select((p, i) => (Point: GeoPoint.Create(p.Lat, p.Lon), Index: i)).ToList();
        errors.AddRange(area.SelectMany(a => a.Point.Errors.Select(e => e.Under($"area[{a.Index}]"))));
        if (!Enum.IsDefined(request.Kind))
        {
            errors.Add(new DomainError("kind", "is not a known site kind"));
        }

        Site? parent = null;
        if (request.ParentId is { } parentId)
        {
            parent = await db.Sites.FirstOrDefaultAsync(s => s.Id == parentId && s.EventId == ev.Id, cancellationToken);
            if (parent is null)
            {
                errors.Add(new DomainError("parentId", $"there is no site {parentId} in this event"));
            }
        }

        if (errors.Count > 0 || location is null)
        {
            return (null, null, errors);
        }

        var details = new SiteDetails(request.Code ?? string.Empty, request.Name ?? string.Empty, request.Kind, location, request.City,
            [.. area.Select(a => a.Point.Value)], request.Capacity, request.Description);
        return (details, parent, errors);
    }
}
