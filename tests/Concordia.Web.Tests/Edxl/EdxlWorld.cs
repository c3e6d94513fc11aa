using Concordia.Data.Edxl;
using Concordia.Domain.Agencies;
using Concordia.Domain.Alerts;
using Concordia.Domain.Capabilities;
using Concordia.Domain.Common;
using Concordia.Domain.Events;
using Concordia.Domain.Pledges;
using Concordia.Domain.Requests;

namespace Concordia.Web.Tests.Edxl;

/// <summary>
/// A small Paris event and a sent police request, built with the domain factories: Poland is asked for 40 patrol
/// officers over the Games, 2 public-order units for the opening week and 5 canine teams on the Seine quays; Germany
/// for patrol officers and canine teams only.
/// </summary>
internal sealed class EdxlWorld
{
    public static readonly DateTime Now = new(2024, 6, 1, 8, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime SentAt = new(2024, 6, 2, 9, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime Deadline = new(2024, 6, 30, 16, 0, 0, DateTimeKind.Utc);

    private EdxlWorld()
    {
        Event = Event.Create("paris2024", "Paris 2024 Olympic Games", null, "FR", "Europe/Paris",
            new DateOnly(2024, 7, 26), new DateOnly(2024, 8, 11),
            [EventPhase.Create("olympics", "Olympic Games", new DateOnly(2024, 7, 26), new DateOnly(2024, 8, 11)).Value],
            AlertScale.Create("vigipirate", "Vigipirate", [new AlertLevel("vigilance", "Vigilance", 1, "#2E86C1")]).Value, "vigilance").Value;
        Agency = Agency.Create(Event, "dcis", "Ministère de l'Intérieur – DCIS", AgencyKind.Ministry, null).Value;
        Patrol = Capability.Create(Event, "patrol", "Patrol officer", CapabilityKind.PatrolOfficer, 3).Value;
        PublicOrder = Capability.Create(Event, "crs", "Public-order unit", CapabilityKind.PublicOrderUnit, 1, persons: 70).Value;
        Canine = Capability.Create(Event, "k9-edd", "Explosive-detection canine team", CapabilityKind.ExplosiveDetectionCanineTeam, 1, persons: 1, dogs: 1).Value;
        Gendarmes = Capability.Create(Event, "gendarmes", "Gendarme squad", CapabilityKind.GendarmeSquad, 2, persons: 12).Value;
        Catalogue = [Patrol, PublicOrder, Canine, Gendarmes];
        var draft = new RequestDraft("Police reinforcement", "Foreign officers for joint patrols during the Games.", Deadline,
        [
            new RequestLineDetails(Patrol.Id, new DateOnly(2024, 7, 26), new DateOnly(2024, 8, 11), "Fan zones and stations",
                new LineConditions(["fr", "en"], ArmedCondition.Unarmed, false, LodgingCondition.HostSupported)),
            new RequestLineDetails(PublicOrder.Id, new DateOnly(2024, 7, 26), new DateOnly(2024, 8, 1), null,
                new LineConditions([], ArmedCondition.Armed, true, LodgingCondition.SelfSufficient)),
            new RequestLineDetails(Canine.Id, new DateOnly(2024, 7, 26), new DateOnly(2024, 8, 5), "Seine quays"),
        ],
        [("PL", [40, 2, 5]), ("DE", [10, 0, 3])]);
        Request = AssistanceRequest.Create(Event, Agency.Id, draft, Now).Value;
        _ = Request.Send(SentAt).Value;
        Poland = EdxlAsk.Create(Event, Agency, Request, Request.Asks.Single(a => a.Country == "PL"), Catalogue).Value;
        Germany = EdxlAsk.Create(Event, Agency, Request, Request.Asks.Single(a => a.Country == "DE"), Catalogue).Value;
    }

    public Event Event { get; }

    public Agency Agency { get; }

    public Capability Patrol { get; }

    public Capability PublicOrder { get; }

    public Capability Canine { get; }

    public Capability Gendarmes { get; }

    public IReadOnlyList<Capability> Catalogue { get; }

    public AssistanceRequest Request { get; }

    public EdxlAsk Poland { get; }

    public EdxlAsk Germany { get; }

    public RequestLine Line(int number) => Request.Lines.Single(l => l.Number == number);

    public static EdxlWorld Create() => new();

    /// <summary>Poland's answer in full on every line.</summary>
    public IReadOnlyList<PledgeLineDetails> FullAnswer() =>
        [.. Poland.Lines.Select(l => new PledgeLineDetails(l.Line.Id, PledgeAnswer.Full, l.Line.CapabilityId, l.Quantity, l.Line.From, l.Line.To))];

    /// <summary>One answer of each kind: partial patrols, a counter-offer of gendarmes for public order, declined dogs.</summary>
    public IReadOnlyList<PledgeLineDetails> MixedAnswer() =>
    [
        new(Line(1).Id, PledgeAnswer.Partial, Patrol.Id, 25, new DateOnly(2024, 7, 26), new DateOnly(2024, 8, 4), ArmedCondition.Unarmed, "25 until 4 August"),
        new(Line(2).Id, PledgeAnswer.CounterOffer, Gendarmes.Id, 6, new DateOnly(2024, 7, 26), new DateOnly(2024, 8, 1), ArmedCondition.Armed,
            "Six gendarme squads instead of public-order units"),
        new(Line(3).Id, PledgeAnswer.Declined, Canine.Id, 0, new DateOnly(2024, 7, 26), new DateOnly(2024, 8, 5), ArmedCondition.Either,
            "Our dog teams are committed at home"),
    ];

    /// <summary>Reads a message as Poland's answer, asserts it is refused with every error at an element path, and returns the errors.</summary>
    public List<DomainError> Refused(string text)
    {
        var read = EdxlCommitReader.Read(text, Poland);
        Assert.False(read.IsSuccess, "the message was accepted");
        Assert.All(read.Errors, e => Assert.StartsWith("/", e.Field, StringComparison.Ordinal));
        return [.. read.Errors];
    }

    public string Commit(IReadOnlyList<PledgeLineDetails> lines, EdxlResponseKind kind = EdxlResponseKind.CommitResource) =>
        EdxlCommitWriter.WriteText(Poland, lines, new DateTime(2024, 6, 10, 12, 0, 0, DateTimeKind.Utc), kind, Guid.Parse("0190a000-0000-7000-8000-000000000001")).Value;
}
