using Concordia.Domain.Agencies;
using Concordia.Domain.Capabilities;
using Concordia.Domain.Common;
using Concordia.Domain.Events;
using Concordia.Domain.Requests;

namespace Concordia.Data.Edxl;

/// <summary>
/// One country's ask with everything an EDXL-RM message about it needs: the event (its code and time zone), the host
/// agency asking, the request and its lines, and the event's capability catalogue (to name what is asked and to
/// recognise what a country offers instead). Built once per export or import, after the caller has checked that the
/// user may see the ask.
/// </summary>
public sealed class EdxlAsk
{
    private readonly Dictionary<Guid, Capability> byId;
    private readonly Dictionary<string, Capability> byCode;

    private EdxlAsk(Event ev, Agency agency, AssistanceRequest request, CountryAsk ask, IReadOnlyList<Capability> catalogue)
    {
        Event = ev;
        Agency = agency;
        Request = request;
        Ask = ask;
        Catalogue = catalogue;
        byId = catalogue.ToDictionary(c => c.Id);
        byCode = catalogue.ToDictionary(c => c.Code, StringComparer.Ordinal);
        Lines = [.. request.Lines.OrderBy(l => l.Number)
            .Where(l => ask.QuantityOf(l.Id) > 0)
            .Select(l => new EdxlAskedLine(l, ask.QuantityOf(l.Id), byId[l.CapabilityId]))];
    }

    public Event Event { get; }

    public Agency Agency { get; }

    public AssistanceRequest Request { get; }

    public CountryAsk Ask { get; }

    public IReadOnlyList<Capability> Catalogue { get; }

    /// <summary>The lines asked of this country (quantity above zero), in request order.</summary>
    public IReadOnlyList<EdxlAskedLine> Lines { get; }

    /// <summary>The <c>MessageID</c> of the exported <c>RequestResource</c>; answers cite it.</summary>
    public string MessageId => EdxlIds.Request(Ask.Id);

    /// <summary>The value list URN naming this event's capability codes in <c>TypeStructure</c>.</summary>
    public string CapabilityList => EdxlIds.CapabilityList(Event.Code);

    public static Result<EdxlAsk> Create(Event ev, Agency agency, AssistanceRequest request, CountryAsk ask, IReadOnlyList<Capability> catalogue)
    {
        var check = new Check()
            .That(request.EventId == ev.Id, "request", "belongs to another event")
            .That(agency.Id == request.AgencyId, "agency", "is not the agency that made the request")
            .That(ask.RequestId == request.Id && request.Asks.Any(a => a.Id == ask.Id), "ask", "is not an ask of this request")
            .That(ask.SentAt is not null, "ask", "has not been sent; only a sent ask can be exchanged")
            .That(catalogue.All(c => c.EventId == ev.Id), "catalogue", "holds capabilities of another event")
            .That(catalogue.DistinctBy(c => c.Id).Count() == catalogue.Count, "catalogue", "lists a capability twice")
            .That(catalogue.DistinctBy(c => c.Code, StringComparer.Ordinal).Count() == catalogue.Count, "catalogue", "lists a capability code twice");
        foreach (var line in request.Lines.Where(l => catalogue.All(c => c.Id != l.CapabilityId)))
        {
            check.That(false, "catalogue", $"lacks the capability of request line {line.Number}");
        }

        return check.Failed ? Result<EdxlAsk>.Failure(check.Errors) : new EdxlAsk(ev, agency, request, ask, catalogue);
    }

    internal Capability? Capability(Guid id) => byId.GetValueOrDefault(id);

    internal Capability? Capability(string code) => byCode.GetValueOrDefault(code);

    internal EdxlAskedLine? Line(Guid lineId) => Lines.FirstOrDefault(l => l.Line.Id == lineId);
}
