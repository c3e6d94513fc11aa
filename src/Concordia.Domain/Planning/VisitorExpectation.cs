using Concordia.Domain.Common;
using Concordia.Domain.Countries;
using Concordia.Domain.Events;
using Concordia.Domain.Sites;

namespace Concordia.Domain.Planning;

/// <summary>
/// Visitors from a country expected at a site on a day (for football, the fixture): the planner then wants officers
/// who speak their languages at the site, preferably officers of their own country.
/// </summary>
public sealed class VisitorExpectation
{
    private VisitorExpectation()
    {
        Country = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public Guid SiteId { get; private set; }

    /// <summary>Local day of the event.</summary>
    public DateOnly Day { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 code of the visitors' country.</summary>
    public string Country { get; private set; }

    /// <summary>ISO 639-1 codes of the languages to speak with them.</summary>
    public IReadOnlyList<string> Languages { get; private set; } = [];

    /// <summary>Speakers wanted at the site in each shift.</summary>
    public int Speakers { get; private set; }

    /// <summary>What brings them, e.g. "Group B: France – Poland".</summary>
    public string? Note { get; private set; }

    public static Result<VisitorExpectation> Create(Event ev, Site site, DateOnly day, string country, IReadOnlyList<string> languages, int speakers, string? note)
    {
        var check = new Check()
            .That(site.EventId == ev.Id, "siteId", "must be a site of the event")
            .That(day >= ev.Start && day <= ev.End, "day", $"must be a day of the event ({ev.Start:yyyy-MM-dd} to {ev.End:yyyy-MM-dd})")
            .That(CountryCatalogue.Find(country)?.Alpha2 == country, "country", $"'{country}' is not an ISO 3166-1 alpha-2 country code")
            .That(languages.Count is >= 1 and <= 5, "languages", "must name 1 to 5 languages")
            .That(languages.All(l => l.Length == 2 && l.All(char.IsAsciiLetterLower)), "languages", "must be two-letter ISO 639-1 codes such as 'pl'")
            .That(speakers is >= 1 and <= 50, "speakers", "must be between 1 and 50")
            .Optional(note, "note", 200);
        return check.ToResult(() => new VisitorExpectation
        {
            Id = Guid.CreateVersion7(),
            EventId = ev.Id,
            SiteId = site.Id,
            Day = day,
            Country = country,
            Languages = [.. languages.Distinct()],
            Speakers = speakers,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        });
    }
}
