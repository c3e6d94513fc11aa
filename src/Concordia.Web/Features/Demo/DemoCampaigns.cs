using System.Text.Json;
using System.Text.Json.Serialization;
using Concordia.Data;
using Concordia.Domain.Common;
using Concordia.Domain.Events;
using Concordia.Domain.Pledges;
using Concordia.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Demo;

/// <summary>
/// Seeds the demo requests for assistance (samples/paris-2024/campaigns.json) through the domain, so that every rule
/// holds: requests are drafted and sent, countries answer (or not) on their dates, the host decides. For the upcoming
/// demo event (a <see cref="DemoTimeline"/>) every date moves with the event and only what happened before today is
/// seeded: later answers and decisions are left for the demo's users to give.
/// </summary>
public static class DemoCampaigns
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static async Task SeedAsync(ConcordiaDbContext db, string path, CancellationToken cancellationToken, DemoTimeline? timeline = null)
    {
        var file = JsonSerializer.Deserialize<CampaignFile>(await File.ReadAllTextAsync(path, cancellationToken), Json)
            ?? throw new InvalidOperationException($"{path} is empty.");
        var days = timeline?.Days ?? 0;
        DateOnly Moved(DateOnly day) => day.AddDays(days);
        bool Happened(DateOnly day) => timeline is null || Moved(day) < timeline.Today;
        // Campaigns belong to one demo event; when that event was not seeded there is nothing to attach them to.
        var code = timeline?.EventCode ?? file.Event;
        var ev = await db.Events.FirstOrDefaultAsync(e => e.Code == code, cancellationToken);
        if (ev is null)
        {
            return;
        }

        var capabilities = await db.Capabilities.Where(c => c.EventId == ev.Id).ToDictionaryAsync(c => c.Code, c => c.Id, cancellationToken);
        var agencies = await db.Agencies.Where(a => a.EventId == ev.Id).ToDictionaryAsync(a => a.Code, a => a.Id, cancellationToken);
        foreach (var campaign in file.Campaigns.Where(c => Happened(c.SentOn)))
        {
            var sentAt = At(ev, Moved(campaign.SentOn));
            var draft = new RequestDraft(campaign.Title, campaign.Description, At(ev, Moved(campaign.Deadline)),
                [.. campaign.Lines.Select(l => new RequestLineDetails(capabilities[l.Capability], Moved(l.From), Moved(l.To), l.SiteGroup,
                    new LineConditions(l.Languages ?? [], l.Armed, false, l.Lodging)))],
                [.. campaign.Countries.Select(c => (c.Country, (IReadOnlyList<int>)c.Asked))]);
            var request = Ok(AssistanceRequest.Create(ev, agencies[campaign.Agency], draft, sentAt.AddHours(-2)));
            Ok(request.Send(sentAt));
            db.Requests.Add(request);
            foreach (var country in campaign.Countries.Where(c => c.Answers is not null && Happened(c.AnsweredOn!.Value)))
            {
                var ask = request.Asks.First(a => a.Country == country.Country);
                var answers = request.Lines.OrderBy(l => l.Number).Select((line, i) => (line, answer: country.Answers![i]))
                    .Where(p => p.answer is not null)
                    .Select(p => Answer(p.line, p.answer!, ask.QuantityOf(p.line.Id), capabilities)).ToList();
                var pledge = Ok(Pledge.Submit(ev, request, ask, answers, $"Liaison officer, {country.Country}", At(ev, Moved(country.AnsweredOn!.Value))));
                db.Pledges.Add(pledge);
                // Decisions are listed per request line, like the asked quantities.
                foreach (var (requestLine, accepted) in request.Lines.OrderBy(l => l.Number).Zip(Happened(campaign.DecidedOn) ? country.Accepted ?? [] : []))
                {
                    if (accepted is not null && pledge.Lines.FirstOrDefault(l => l.RequestLineId == requestLine.Id) is { } line)
                    {
                        var quantity = accepted == "all" ? line.Quantity : int.Parse(accepted, System.Globalization.CultureInfo.InvariantCulture);
                        db.Commitments.Add(Ok(pledge.Accept(line.Id, quantity, "Host coordinator (Interior Ministry)", At(ev, Moved(campaign.DecidedOn)))));
                    }
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static PledgeLineDetails Answer(RequestLine line, AnswerSpec spec, int asked, IReadOnlyDictionary<string, Guid> capabilities) => spec.Answer switch
    {
        "full" => new PledgeLineDetails(line.Id, PledgeAnswer.Full, line.CapabilityId, asked, line.From, line.To),
        "partial" => new PledgeLineDetails(line.Id, PledgeAnswer.Partial, line.CapabilityId, spec.Quantity!.Value, line.From, line.To),
        "declined" => new PledgeLineDetails(line.Id, PledgeAnswer.Declined, line.CapabilityId, 0, line.From, line.To, Note: spec.Note),
        _ => new PledgeLineDetails(line.Id, PledgeAnswer.CounterOffer, capabilities[spec.Capability!], spec.Quantity!.Value, line.From, line.To, Note: spec.Note),
    };

    // Demo decisions happen at 10:00 local time on the stated day.
    private static DateTime At(Event ev, DateOnly day) => ev.StartOfDayUtc(day).AddHours(10);

    private static T Ok<T>(Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException("Demo campaign data break a rule: " + string.Join("; ", result.Errors));

    private sealed record CampaignFile(string Event, IReadOnlyList<CampaignSpec> Campaigns);

    private sealed record CampaignSpec(string Agency, string Title, string? Description, DateOnly SentOn, DateOnly Deadline, DateOnly DecidedOn,
        IReadOnlyList<LineSpec> Lines, IReadOnlyList<CountrySpec> Countries);

    private sealed record LineSpec(string Capability, DateOnly From, DateOnly To, string? SiteGroup, ArmedCondition Armed, LodgingCondition Lodging,
        IReadOnlyList<string>? Languages);

    private sealed record CountrySpec(string Country, IReadOnlyList<int> Asked, DateOnly? AnsweredOn, IReadOnlyList<AnswerSpec?>? Answers,
        IReadOnlyList<string?>? Accepted);

    private sealed record AnswerSpec(string Answer, int? Quantity, string? Note, string? Capability);
}
