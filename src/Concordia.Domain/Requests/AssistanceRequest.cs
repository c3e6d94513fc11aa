using Concordia.Domain.Common;
using Concordia.Domain.Countries;
using Concordia.Domain.Events;

namespace Concordia.Domain.Requests;

/// <summary>
/// A host agency's request for assistance, sent as a campaign to one or many countries: lines of capability × period
/// × conditions, and for each country its own quantities (<see cref="CountryAsk"/>), with a reply deadline.
/// </summary>
public sealed class AssistanceRequest
{
    private readonly List<RequestLine> lines = [];
    private readonly List<CountryAsk> asks = [];

    private AssistanceRequest()
    {
        Title = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>The host agency asking, e.g. the Interior Ministry for police, the Defence Ministry for soldiers.</summary>
    public Guid AgencyId { get; private set; }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    /// <summary>UTC instant by which countries should answer.</summary>
    public DateTime ReplyDeadline { get; private set; }

    public RequestStatus Status { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? SentAt { get; private set; }

    public DateTime? EndedAt { get; private set; }

    public string? EndReason { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<RequestLine> Lines => lines;

    /// <summary>The asks the caller may see: all for host staff, their own for a liaison.</summary>
    public IReadOnlyList<CountryAsk> Asks => asks;

    public static Result<AssistanceRequest> Create(Event ev, Guid agencyId, RequestDraft draft, DateTime now)
    {
        var check = new Check();
        CheckDraft(check, ev, draft, now);
        if (check.Failed)
        {
            return Result<AssistanceRequest>.Failure(check.Errors);
        }

        var request = new AssistanceRequest { Id = Guid.CreateVersion7(), EventId = ev.Id, AgencyId = agencyId, CreatedAt = now, Status = RequestStatus.Draft };
        request.Apply(draft);
        return request;
    }

    /// <summary>Replaces the whole draft; only a draft can change this way.</summary>
    public Result<AssistanceRequest> Revise(Event ev, RequestDraft draft, DateTime now)
    {
        var check = new Check().That(Status == RequestStatus.Draft, "status", "only a draft can be edited; a sent request can be closed or withdrawn");
        CheckDraft(check, ev, draft, now);
        if (check.Failed)
        {
            return Result<AssistanceRequest>.Failure(check.Errors);
        }

        Apply(draft);
        Version++;
        return this;
    }

    public Result<AssistanceRequest> Send(DateTime at)
    {
        var check = new Check()
            .That(Status == RequestStatus.Draft, "status", $"the request is already {Status.ToString().ToLowerInvariant()}")
            .That(ReplyDeadline > at, "replyDeadline", "the reply deadline has passed; set a later one before sending");
        if (check.Failed)
        {
            return Result<AssistanceRequest>.Failure(check.Errors);
        }

        Status = RequestStatus.Sent;
        SentAt = at;
        foreach (var ask in asks)
        {
            ask.Send(at);
        }

        Version++;
        return this;
    }

    /// <summary>Ends a sent request: no more answers are expected. Pledges and commitments stay.</summary>
    public Result<AssistanceRequest> Close(DateTime at, string? reason) => End(RequestStatus.Closed, AskStatus.Closed, at, reason, requireSent: true);

    /// <summary>Takes a request back; its asks are withdrawn. Commitments already accepted stay until withdrawn themselves.</summary>
    public Result<AssistanceRequest> Withdraw(DateTime at, string? reason) => End(RequestStatus.Withdrawn, AskStatus.Withdrawn, at, reason, requireSent: false);

    public int TotalAsked(Guid lineId) => asks.Sum(a => a.QuantityOf(lineId));

    private Result<AssistanceRequest> End(RequestStatus status, AskStatus askStatus, DateTime at, string? reason, bool requireSent)
    {
        var check = new Check()
            .That(Status is RequestStatus.Draft or RequestStatus.Sent, "status", $"the request is already {Status.ToString().ToLowerInvariant()}")
            .That(!requireSent || Status == RequestStatus.Sent, "status", "only a sent request can be closed")
            .Paragraph(reason, "reason", 2000);
        if (check.Failed)
        {
            return Result<AssistanceRequest>.Failure(check.Errors);
        }

        Status = status;
        EndedAt = at;
        EndReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        foreach (var ask in asks)
        {
            ask.End(askStatus);
        }

        Version++;
        return this;
    }

    private static void CheckDraft(Check check, Event ev, RequestDraft draft, DateTime now)
    {
        check.Name(draft.Title, "title").Paragraph(draft.Description, "description", 4000)
            .That(draft.ReplyDeadline.Kind == DateTimeKind.Utc && draft.ReplyDeadline > now, "replyDeadline", "must be in the future")
            .That(draft.Lines.Count > 0, "lines", "a request has at least one line")
            .That(draft.Countries.Count > 0, "countries", "a request is sent to at least one country");
        for (var i = 0; i < draft.Lines.Count; i++)
        {
            RequestLine.CheckDetails(check, draft.Lines[i], ev, $"lines[{i}]");
        }

        for (var i = 0; i < draft.Countries.Count; i++)
        {
            var (country, quantities) = draft.Countries[i];
            check.That(CountryCatalogue.Find(country)?.Alpha2 == country, $"countries[{i}].country", $"'{country}' is not an ISO 3166-1 alpha-2 country code")
                .That(country != ev.HostCountry, $"countries[{i}].country", "the host does not ask itself")
                .That(draft.Countries.Take(i).All(c => c.Country != country), $"countries[{i}].country", $"'{country}' is listed twice")
                .That(quantities.Count == draft.Lines.Count, $"countries[{i}].quantities", $"needs one quantity per line ({draft.Lines.Count})")
                .That(quantities.All(q => q is >= 0 and <= 100_000), $"countries[{i}].quantities", "quantities are between 0 and 100000")
                .That(quantities.Any(q => q > 0), $"countries[{i}].quantities", "asks for nothing");
        }
    }

    private void Apply(RequestDraft draft)
    {
        Title = draft.Title.Trim();
        Description = string.IsNullOrWhiteSpace(draft.Description) ? null : draft.Description.Trim();
        ReplyDeadline = draft.ReplyDeadline;
        lines.Clear();
        lines.AddRange(draft.Lines.Select((l, i) => RequestLine.Create(Id, i + 1, l)));
        asks.Clear();
        asks.AddRange(draft.Countries.Select(c => CountryAsk.Create(Id, EventId, c.Country,
            c.Quantities.Select((q, i) => new AskQuantity(lines[i].Id, q)))));
    }
}
