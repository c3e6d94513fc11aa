using Concordia.Data;
using Concordia.Domain.Countries;
using Concordia.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Requests;

/// <summary>Loads requests and asks with what their views need (names of agencies and capabilities, pledge links).</summary>
public static class RequestViews
{
    public static async Task<List<RequestSummaryDto>> SummariesAsync(ConcordiaDbContext db, Guid eventId, CancellationToken cancellationToken)
    {
        var requests = await db.Requests.AsNoTracking().Include(r => r.Asks).Where(r => r.EventId == eventId).ToListAsync(cancellationToken);
        var agencies = await db.Agencies.Where(a => a.EventId == eventId).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        return requests.OrderByDescending(r => r.CreatedAt).Select(r => new RequestSummaryDto(r.Id, r.Title, r.AgencyId, agencies[r.AgencyId],
            r.Status, r.ReplyDeadline, r.Asks.Count, r.Asks.Sum(a => a.Total), r.Asks.Count(a => a.Status == AskStatus.Answered), r.CreatedAt, r.SentAt)).ToList();
    }

    public static Task<AssistanceRequest?> LoadAsync(ConcordiaDbContext db, Guid requestId, CancellationToken cancellationToken) =>
        db.Requests.Include(r => r.Lines).Include(r => r.Asks).FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);

    public static async Task<RequestDto> ToDtoAsync(ConcordiaDbContext db, AssistanceRequest r, CancellationToken cancellationToken)
    {
        var agency = await db.Agencies.Where(a => a.Id == r.AgencyId).Select(a => a.Name).FirstAsync(cancellationToken);
        var capabilities = await db.Capabilities.Where(c => c.EventId == r.EventId).ToDictionaryAsync(c => c.Id, cancellationToken);
        var askIds = r.Asks.Select(a => (Guid?)a.Id).ToList();
        var pledges = await db.Pledges.Where(p => askIds.Contains(p.AskId)).Select(p => new { p.AskId, p.Id }).ToListAsync(cancellationToken);
        return new RequestDto(r.Id, r.EventId, r.AgencyId, agency, r.Title, r.Description, r.ReplyDeadline, r.Status, r.CreatedAt, r.SentAt, r.EndedAt,
            r.EndReason, r.Version,
            [.. r.Lines.OrderBy(l => l.Number).Select(l => new RequestLineDto(l.Id, l.Number, l.CapabilityId, capabilities[l.CapabilityId].Code,
                capabilities[l.CapabilityId].Name, l.From, l.To, l.SiteGroup, ConditionsDto.From(l.Conditions), r.TotalAsked(l.Id)))],
            [.. r.Asks.OrderBy(a => CountryCatalogue.Find(a.Country)?.Name, StringComparer.Ordinal).Select(a => new AskSummaryDto(a.Id, a.Country,
                CountryCatalogue.Find(a.Country)?.Name, a.Status, a.Total, [.. a.Quantities.Select(q => new AskQuantityDto(q.LineId, q.Quantity))],
                a.SentAt, a.AnsweredAt, pledges.FirstOrDefault(p => p.AskId == a.Id)?.Id))]);
    }

    /// <summary>The ask and its request, as the country sees it; null when the caller may not see that ask.</summary>
    public static async Task<(CountryAsk Ask, AssistanceRequest Request)?> LoadAskAsync(ConcordiaDbContext db, Guid askId, CancellationToken cancellationToken)
    {
        var ask = await db.Asks.FirstOrDefaultAsync(a => a.Id == askId, cancellationToken);
        if (ask is null)
        {
            return null;
        }

        var request = await db.Requests.Include(r => r.Lines).FirstAsync(r => r.Id == ask.RequestId, cancellationToken);
        return (ask, request);
    }

    public static async Task<AskDto> ToAskDtoAsync(ConcordiaDbContext db, CountryAsk ask, AssistanceRequest request, CancellationToken cancellationToken)
    {
        var agency = await db.Agencies.Where(a => a.Id == request.AgencyId).Select(a => a.Name).FirstAsync(cancellationToken);
        var capabilities = await db.Capabilities.Where(c => c.EventId == request.EventId).ToDictionaryAsync(c => c.Id, cancellationToken);
        var pledge = await db.Pledges.Where(p => p.AskId == ask.Id).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        return new AskDto(ask.Id, request.Id, request.EventId, ask.Country, request.Title, request.Description, request.AgencyId, agency, request.ReplyDeadline,
            ask.Status,
            [.. request.Lines.Where(l => ask.QuantityOf(l.Id) > 0).OrderBy(l => l.Number).Select(l => new AskLineDto(l.Id, l.Number, l.CapabilityId,
                capabilities[l.CapabilityId].Code, capabilities[l.CapabilityId].Name, l.From, l.To, l.SiteGroup, ConditionsDto.From(l.Conditions), ask.QuantityOf(l.Id)))],
            pledge, ask.Version);
    }
}
