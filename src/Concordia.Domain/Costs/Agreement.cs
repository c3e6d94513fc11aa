using Concordia.Domain.Common;
using Concordia.Domain.Countries;
using Concordia.Domain.Events;

namespace Concordia.Domain.Costs;

/// <summary>
/// An agreement or invitation a contributing country's officers come under at an event, and who pays what under it
/// (<see cref="AgreementTerms"/>). The host records and changes it; every change and every document attached is a new
/// <see cref="AgreementVersion"/>, so the history stays.
/// </summary>
public sealed class Agreement
{
    private readonly List<AgreementVersion> versions = [];

    private Agreement()
    {
        Country = string.Empty;
        Terms = null!;
        RecordedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 code of the contributing country.</summary>
    public string Country { get; private set; }

    public AgreementTerms Terms { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTime RecordedAt { get; private set; }

    /// <summary>Number of the current version, from 1; clients send it back to change the agreement.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<AgreementVersion> Versions => versions;

    public static Result<Agreement> Record(Event ev, string country, AgreementTerms terms, string by, DateTime at)
    {
        var check = new Check()
            .That(CountryCatalogue.Find(country)?.Alpha2 == country, "country", $"'{country}' is not an ISO 3166-1 alpha-2 country code")
            .That(country != ev.HostCountry, "country", "the host makes no agreement with itself");
        CheckTerms(check, ev, terms);
        if (check.Failed)
        {
            return Result<Agreement>.Failure(check.Errors);
        }

        var agreement = new Agreement { Id = Guid.CreateVersion7(), EventId = ev.Id, Country = country };
        agreement.Apply(Normalised(terms), by, at, "recorded");
        return agreement;
    }

    public Result<Agreement> Change(Event ev, AgreementTerms terms, string? reason, string by, DateTime at)
    {
        var check = new Check().Optional(reason, "reason", 200);
        CheckTerms(check, ev, terms);
        if (check.Failed)
        {
            return Result<Agreement>.Failure(check.Errors);
        }

        Apply(Normalised(terms), by, at, string.IsNullOrWhiteSpace(reason) ? "changed" : "changed: " + reason.Trim());
        return this;
    }

    /// <summary>Records in the history that a document was attached.</summary>
    public void Attached(AgreementDocument document, string by, DateTime at) =>
        Note(by, at, $"document attached: {document.Title} ({document.FileName})");

    private static void CheckTerms(Check check, Event ev, AgreementTerms terms)
    {
        var costs = terms.Costs ?? [];
        check.That(Enum.IsDefined(terms.Kind), "kind", "is not a known kind of agreement")
            .Name(terms.Reference, "reference", 200)
            .Name(terms.Title, "title", 300)
            .Optional(terms.Signatories, "signatories", 500)
            .That(terms.ValidFrom <= terms.ValidTo, "validTo", "must not be before validFrom")
            .That(terms.ValidTo >= ev.Start && terms.ValidFrom <= ev.End, "validFrom",
                $"the agreement must hold on at least one day of the event ({ev.Start:yyyy-MM-dd} to {ev.End:yyyy-MM-dd})")
            .That(terms.SignedOn is null || terms.SignedOn <= terms.ValidTo, "signedOn", "must not be after the agreement ends")
            .That(costs.Select(c => c?.Category).Distinct().Count() == costs.Count, "costs", "must name each category of costs at most once");
        for (var i = 0; i < costs.Count; i++)
        {
            var c = costs[i];
            if (c is null)
            {
                check.That(false, $"costs[{i}]", "is required");
                continue;
            }

            check.That(Enum.IsDefined(c.Category), $"costs[{i}].category", "is not a known category of costs")
                .That(Enum.IsDefined(c.Payer), $"costs[{i}].payer", "is not a known payer")
                .That(c.Payer != Payer.Shared || c.HostSharePercent is >= 1 and <= 99, $"costs[{i}].hostSharePercent",
                    "a shared cost needs the host's share, from 1 to 99 %")
                .That(c.Payer == Payer.Shared || c.HostSharePercent is null, $"costs[{i}].hostSharePercent", "only a shared cost has a host's share");
        }
    }

    // Every category is named once, in the order of the enumeration: a category left out is not covered.
    private static AgreementTerms Normalised(AgreementTerms terms) => terms with
    {
        Reference = terms.Reference.Trim(),
        Title = terms.Title.Trim(),
        Signatories = string.IsNullOrWhiteSpace(terms.Signatories) ? null : terms.Signatories.Trim(),
        Costs = [.. Enum.GetValues<CostCategory>().Select(category => (terms.Costs ?? []).FirstOrDefault(c => c.Category == category)
            ?? new CostShare(category, Payer.NotCovered))],
    };

    private void Apply(AgreementTerms terms, string by, DateTime at, string change)
    {
        Terms = terms;
        RecordedBy = by;
        RecordedAt = at;
        Note(by, at, change);
    }

    private void Note(string by, DateTime at, string change)
    {
        Version++;
        versions.Add(new AgreementVersion(Id, Version, at, by, change, Terms));
    }
}
