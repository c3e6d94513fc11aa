using Concordia.Domain.Common;
using Concordia.Domain.Countries;
using Concordia.Domain.Events;
using Concordia.Domain.Requests;

namespace Concordia.Domain.Pledges;

/// <summary>
/// A country's answer to its ask, line by line — or an unsolicited offer. It can be amended until accepted: lines the
/// host accepted stay as they are, the others are replaced. Every submission is kept as a <see cref="PledgeVersion"/>.
/// </summary>
public sealed class Pledge
{
    private readonly List<PledgeLine> lines = [];
    private readonly List<PledgeVersion> versions = [];

    private Pledge()
    {
        Country = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public string Country { get; private set; }

    /// <summary>The ask answered; null for an unsolicited offer.</summary>
    public Guid? AskId { get; private set; }

    public Guid? RequestId { get; private set; }

    /// <summary>The host agency the pledge is for.</summary>
    public Guid AgencyId { get; private set; }

    /// <summary>Number of the current version, from 1; clients send it back to amend (optimistic concurrency).</summary>
    public int Version { get; private set; }

    /// <summary>What the pledging country expects its help to cost; null until it says.</summary>
    public Costs.CostEstimate? Estimate { get; private set; }

    public DateTime SubmittedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyList<PledgeLine> Lines => lines;

    /// <summary>The history; loaded only when asked for, but every change appends to it.</summary>
    public IReadOnlyList<PledgeVersion> Versions => versions;

    public static Result<Pledge> Submit(Event ev, AssistanceRequest request, CountryAsk ask,
        IReadOnlyList<PledgeLineDetails> answers, string by, DateTime at)
    {
        var check = new Check()
            .That(request.Status == RequestStatus.Sent, "request", "the request is not open for answers")
            .That(ask.IsOpen, "ask", $"the ask is {ask.Status.ToString().ToLowerInvariant()}");
        PledgeRules.CheckAnswers(check, ev, request, ask, answers, accepted: []);
        if (check.Failed)
        {
            return Result<Pledge>.Failure(check.Errors);
        }

        var pledge = new Pledge
        {
            Id = Guid.CreateVersion7(), EventId = ev.Id, Country = ask.Country, AskId = ask.Id, RequestId = request.Id,
            AgencyId = request.AgencyId, SubmittedAt = at,
        };
        pledge.Replace(answers, by, at, "submitted");
        ask.MarkAnswered(at);
        return pledge;
    }

    public static Result<Pledge> Offer(Event ev, string country, Guid agencyId,
        IReadOnlyList<PledgeLineDetails> offers, string by, DateTime at)
    {
        var check = new Check()
            .That(CountryCatalogue.Find(country)?.Alpha2 == country, "country", $"'{country}' is not an ISO 3166-1 alpha-2 country code")
            .That(country != ev.HostCountry, "country", "the host does not offer to itself");
        PledgeRules.CheckOffers(check, ev, offers);
        if (check.Failed)
        {
            return Result<Pledge>.Failure(check.Errors);
        }

        var pledge = new Pledge { Id = Guid.CreateVersion7(), EventId = ev.Id, Country = country, AgencyId = agencyId, SubmittedAt = at };
        pledge.Replace(offers, by, at, "offered");
        return pledge;
    }

    /// <summary>
    /// Replaces every line the host has not accepted. <paramref name="answers"/> lists only those lines: accepted
    /// lines are kept as they are and cannot be changed.
    /// </summary>
    public Result<Pledge> Amend(Event ev, AssistanceRequest? request, CountryAsk? ask, IReadOnlyList<PledgeLineDetails> answers, string by, DateTime at)
    {
        var accepted = lines.Where(l => l.Decision == HostDecision.Accepted).ToList();
        var check = new Check()
            .That(accepted.Count < lines.Count, "pledge", "every line is accepted: the pledge is final; withdraw a commitment instead");
        if (request is not null && ask is not null)
        {
            check.That(request.Status == RequestStatus.Sent, "request", "the request is no longer open for answers");
            PledgeRules.CheckAnswers(check, ev, request, ask, answers, accepted);
        }
        else
        {
            PledgeRules.CheckOffers(check, ev, answers);
        }

        if (check.Failed)
        {
            return Result<Pledge>.Failure(check.Errors);
        }

        Replace(answers, by, at, "amended");
        ask?.MarkAnswered(at);
        return this;
    }

    public Result<Commitment> Accept(Guid lineId, int? quantity, string by, DateTime at)
    {
        var line = lines.Find(l => l.Id == lineId);
        var accepted = quantity ?? line?.Quantity ?? 0;
        var check = new Check().That(line is not null, "lineId", "is not a line of this pledge");
        if (line is not null)
        {
            check.That(line.Answer != PledgeAnswer.Declined, "lineId", "a declined line offers nothing to accept")
                .That(line.Decision is HostDecision.Pending or HostDecision.RevisionRequested, "lineId", $"the line is already {line.Decision.ToString().ToLowerInvariant()}")
                .That(accepted >= 1 && accepted <= line.Quantity, "quantity", $"must be between 1 and the {line.Quantity} pledged");
        }

        if (check.Failed)
        {
            return Result<Commitment>.Failure(check.Errors);
        }

        line!.Decide(HostDecision.Accepted, accepted, null, by, at);
        Record(by, at, $"line {line.Number} accepted ({accepted})");
        return Commitment.Of(this, line, accepted, by, at);
    }

    public Result<PledgeLine> Decline(Guid lineId, string note, string by, DateTime at) => Decide(lineId, HostDecision.Declined, note, by, at);

    /// <summary>Asks the country to revise a line; the country can then amend it.</summary>
    public Result<PledgeLine> RequestRevision(Guid lineId, string note, string by, DateTime at) => Decide(lineId, HostDecision.RevisionRequested, note, by, at);

    private Result<PledgeLine> Decide(Guid lineId, HostDecision decision, string note, string by, DateTime at)
    {
        var line = lines.Find(l => l.Id == lineId);
        var check = new Check().That(line is not null, "lineId", "is not a line of this pledge").Paragraph(note, "note", 2000, required: true);
        if (line is not null)
        {
            check.That(line.Decision is HostDecision.Pending or HostDecision.RevisionRequested, "lineId", $"the line is already {line.Decision.ToString().ToLowerInvariant()}");
        }

        if (check.Failed)
        {
            return Result<PledgeLine>.Failure(check.Errors);
        }

        line!.Decide(decision, null, note, by, at);
        Record(by, at, $"line {line.Number} {(decision == HostDecision.Declined ? "declined" : "sent back for revision")}");
        return line;
    }

    private void Replace(IReadOnlyList<PledgeLineDetails> details, string by, DateTime at, string change)
    {
        lines.RemoveAll(l => l.Decision != HostDecision.Accepted);
        lines.AddRange(details.Select(d => PledgeLine.Create(Id, 0, d)));
        var number = 1;
        foreach (var line in lines.OrderBy(l => l.Decision == HostDecision.Accepted ? 0 : 1).ThenBy(l => l.Number))
        {
            line.Renumber(number++);
        }

        Record(by, at, change);
    }

    private void Record(string by, DateTime at, string change)
    {
        Version++;
        UpdatedAt = at;
        versions.Add(new PledgeVersion(Id, Version, at, by, change, [.. lines.OrderBy(l => l.Number).Select(l => l.Snapshot)]));
    }

    /// <summary>The country (or the host for it) sets or replaces the pledge's cost estimate; the pledge's lines are unchanged.</summary>
    public void Estimated(Costs.CostEstimate estimate) => Estimate = estimate;
}
