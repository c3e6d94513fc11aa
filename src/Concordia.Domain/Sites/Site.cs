using Concordia.Domain.Common;
using Concordia.Domain.Events;

namespace Concordia.Domain.Sites;

/// <summary>A place to secure. A sector is a site whose parent is another site of the same event.</summary>
public sealed class Site
{
    private Site()
    {
        Code = string.Empty;
        Name = string.Empty;
        Location = null!;
        Area = [];
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public SiteKind Kind { get; private set; }

    public string? City { get; private set; }

    public GeoPoint Location { get; private set; }

    /// <summary>Optional outline (a ring of at least three points, not closed); empty when unknown.</summary>
    public IReadOnlyList<GeoPoint> Area { get; private set; }

    public Guid? ParentId { get; private set; }

    public int? Capacity { get; private set; }

    public string? Description { get; private set; }

    public int Version { get; private set; }

    public bool IsSector => ParentId is not null;

    public static Result<Site> Create(Event ev, SiteDetails details, Site? parent)
    {
        var check = new Check().Code(details.Code, "code");
        CheckDetails(check, ev, details, parent, self: null);
        return check.ToResult(() =>
        {
            var site = new Site { Id = Guid.CreateVersion7(), EventId = ev.Id, Code = details.Code };
            site.Apply(details, parent);
            return site;
        });
    }

    /// <summary>Changes what can change after creation; the code is the site's stable identity.</summary>
    public Result<Site> Update(Event ev, SiteDetails details, Site? parent)
    {
        var check = new Check().That(details.Code == Code, "code", "cannot be changed");
        CheckDetails(check, ev, details, parent, this);
        if (check.Failed)
        {
            return Result<Site>.Failure(check.Errors);
        }

        Apply(details, parent);
        Version++;
        return this;
    }

    private static void CheckDetails(Check check, Event ev, SiteDetails details, Site? parent, Site? self)
    {
        check.Name(details.Name, "name")
            .Optional(details.City, "city", 200)
            .Paragraph(details.Description, "description", 4000)
            .That(details.Capacity is null or >= 0, "capacity", "must not be negative")
            .That(details.Area.Count == 0 || details.Area.Count >= 3, "area", "needs at least three points, or none");
        if (parent is not null)
        {
            check.That(parent.EventId == ev.Id, "parent", "must be a site of the same event")
                .That(parent.ParentId is null, "parent", $"'{parent.Code}' is itself a sector; sectors are one level deep")
                .That(self is null || parent.Id != self.Id, "parent", "a site cannot be its own parent");
        }
    }

    private void Apply(SiteDetails details, Site? parent)
    {
        Name = details.Name.Trim();
        Kind = details.Kind;
        City = string.IsNullOrWhiteSpace(details.City) ? null : details.City.Trim();
        Location = details.Location;
        Area = [.. details.Area];
        ParentId = parent?.Id;
        Capacity = details.Capacity;
        Description = string.IsNullOrWhiteSpace(details.Description) ? null : details.Description.Trim();
    }
}
