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

    // The letters beyond ASCII of the national languages of the Central European code page's countries: where two code
    // pages read a file as well-formed letters, the one giving the liaison's own letters is the likelier.
    private static readonly FrozenDictionary<string, string> Letters = new (string Letters, string Countries)[]
    {
        ("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "PL"),
        ("áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ", "CZ"),
        ("áäčďéíĺľňóôŕšťúýžÁÄČĎÉÍĹĽŇÓÔŔŠŤÚÝŽ", "SK"),
        ("áéíóöőúüűÁÉÍÓÖŐÚÜŰ", "HU"),
        ("čćđšžČĆĐŠŽ", "HR BA ME SI RS"),
        ("ăâîșțşţĂÂÎȘȚŞŢ", "RO"),
        ("çëÇË", "AL"),
    }
    .SelectMany(g => g.Countries.Split(' ').Select(country => (Country: country, g.Letters)))
    .ToFrozenDictionary(p => p.Country, p => p.Letters, StringComparer.OrdinalIgnoreCase);

    /// <summary>The encodings a liaison may choose instead of the detected one, as keys and names.</summary>
    public static IReadOnlyList<(string Key, string Name)> Choices { get; } =
    [
        ("utf-8", "UTF-8"), ("utf-16le", "UTF-16 LE"), ("utf-16be", "UTF-16 BE"),
        ("windows-1250", "Windows-1250 (Central European)"), ("windows-1251", "Windows-1251 (Cyrillic)"), ("windows-1252", "Windows-1252 (Western European)"),
        ("windows-1253", "Windows-1253 (Greek)"), ("windows-1254", "Windows-1254 (Turkish)"), ("windows-1255", "Windows-1255 (Hebrew)"),
        ("windows-1256", "Windows-1256 (Arabic)"), ("windows-1257", "Windows-1257 (Baltic)"), ("windows-1258", "Windows-1258 (Vietnamese)"),
    ];

    public static bool IsChoice(string key) => Choices.Any(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>The letters beyond ASCII that the country's language writes, when its code page is Central European; else none.</summary>
    public static string? LettersFor(string? countryAlpha2) =>
        countryAlpha2 is not null && Letters.TryGetValue(countryAlpha2, out var letters) ? letters : null;

    /// <summary>The code page for an ISO 3166-1 alpha-2 country code; Windows-1252 (Western Europe) for any other.</summary>
    public static int LegacyCodePageFor(string? countryAlpha2) =>
        countryAlpha2 is not null && ByCountry.TryGetValue(countryAlpha2, out var codePage) ? codePage : 1252;
}
