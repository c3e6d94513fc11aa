using System.Collections.Frozen;

namespace Concordia.Data.Rosters;

/// <summary>
/// The Windows code page a country's office software uses for text that is not Unicode. A CSV saved as "CSV" (not
/// "CSV UTF-8") by Excel is in this code page; the reader uses it when the bytes alone do not tell.
/// </summary>
public static class RosterEncodings
{
    private static readonly FrozenDictionary<string, int> ByCountry = new (int CodePage, string Countries)[]
    {
        (1250, "AL BA CZ HR HU ME PL RO SI SK"),
        (1251, "BG BY KG KZ MK MN RS RU TJ UA"),
        (1253, "CY GR"),
        (1254, "AZ TR"),
        (1255, "IL"),
        (1256, "AE BH DZ EG IQ IR JO KW LB LY MA OM QA SA SY TN YE"),
        (1257, "EE LT LV"),
        (1258, "VN"),
        (874, "TH"),
        (932, "JP"),
        (936, "CN SG"),
        (949, "KR"),
        (950, "HK MO TW"),
    }
    .SelectMany(g => g.Countries.Split(' ').Select(country => (Country: country, g.CodePage)))
    .ToFrozenDictionary(p => p.Country, p => p.CodePage, StringComparer.OrdinalIgnoreCase);

    /// <summary>The code page for an ISO 3166-1 alpha-2 country code; Windows-1252 (Western Europe) for any other.</summary>
    public static int LegacyCodePageFor(string? countryAlpha2) =>
        countryAlpha2 is not null && ByCountry.TryGetValue(countryAlpha2, out var codePage) ? codePage : 1252;
}
