using Concordia.Data;
using Concordia.Domain.Planning;
using Concordia.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Planning;

/// <summary>
/// Which countries' visitors a site expects on a day (for football, the fixture): the planner then wants speakers
/// of their languages there, preferably officers of their country. Used by the API and the visitors page.
/// </summary>
public sealed class ExpectVisitors(ConcordiaDbContext db)
{
    /// <summary>The event's expected visitors by day and site.</summary>
    public async Task<IReadOnlyList<VisitorDto>> ListAsync(Guid eventId, CancellationToken ct)
    {
        var sites = await db.Sites.AsNoTracking().Where(s => s.EventId == eventId).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var visitors = await db.Visitors.AsNoTracking().Where(v => v.EventId == eventId).OrderBy(v => v.Day).ThenBy(v => v.SiteId).ToListAsync(ct);
        return [.. visitors.Select(v => AvailabilityApi.Dto(v, sites))];
    }

    public async Task<Outcome<VisitorExpectation>> AddAsync(Guid eventId, VisitorRequest request, CancellationToken ct)
    {
        var ev = await db.Events.SingleOrDefaultAsync(e => e.Id == eventId, ct);
        if (ev is null)
        {
            return Outcome<VisitorExpectation>.Missing($"There is no event with id {eventId}.");
        }

        var site = request.SiteId is { } id ? await db.Sites.SingleOrDefaultAsync(s => s.Id == id && s.EventId == eventId, ct) : null;
        if (site is null || request.Day is not { } day)
        {
            return Outcome<VisitorExpectation>.Invalid([.. new[]
            {
                (Field: "siteId", Missing: site is null, Message: request.SiteId is null ? "is required" : "is not a site of the event"),
                (Field: "day", Missing: request.Day is null, Message: "is required"),
            }.Where(x => x.Missing).Select(x => new Domain.Common.DomainError(x.Field, x.Message))]);
        }

        var country = request.Country?.Trim().ToUpperInvariant() ?? string.Empty;
        var languages = request.Languages is { Count: > 0 } given ? given : Domain.Countries.CountryLanguages.Of(country);
        var visitor = VisitorExpectation.Create(ev, site, day, country, [.. languages.Select(l => l.Trim().ToLowerInvariant())], request.Speakers ?? 1, request.Note);
        if (!visitor.IsSuccess)
        {
            return Outcome<VisitorExpectation>.Invalid(visitor.Errors);
        }

        if (await db.Visitors.AnyAsync(v => v.SiteId == site.Id && v.Day == day && v.Country == country, ct))
        {
            return Outcome<VisitorExpectation>.Conflicting(ApiProblems.Conflict($"{site.Name} already expects visitors from {country} on {day:yyyy-MM-dd}; remove that entry first."));
        }

        db.Visitors.Add(visitor.Value);
        await db.SaveChangesAsync(ct);
        return Outcome<VisitorExpectation>.Ok(visitor.Value);
    }

    public async Task<Outcome<VisitorExpectation>> RemoveAsync(Guid visitorId, CancellationToken ct)
    {
        var visitor = await db.Visitors.SingleOrDefaultAsync(v => v.Id == visitorId, ct);
        if (visitor is null)
        {
            return Outcome<VisitorExpectation>.Missing($"There is no visitor expectation with id {visitorId}.");
        }

        db.Visitors.Remove(visitor);
        await db.SaveChangesAsync(ct);
        return Outcome<VisitorExpectation>.Ok(visitor);
    }
}

/// <summary>Visitors to expect; without languages, the country's usual ones.</summary>
public sealed record VisitorRequest(Guid? SiteId, DateOnly? Day, string? Country, IReadOnlyList<string>? Languages, int? Speakers, string? Note);

public sealed record VisitorDto(Guid Id, Guid SiteId, string Site, DateOnly Day, string Country, string CountryName, IReadOnlyList<string> Languages, int Speakers, string? Note);
