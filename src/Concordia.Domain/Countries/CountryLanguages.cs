namespace Concordia.Domain.Countries;

/// <summary>
/// The languages visitors from a country usually speak (ISO 639-1), for stating expected visitors without listing
/// them; a country not listed here needs its languages stated.
/// </summary>
public static class CountryLanguages
{
    private static readonly Dictionary<string, string[]> ByCountry = new(StringComparer.Ordinal)
    {
        ["AR"] = ["es"], ["AT"] = ["de"], ["AU"] = ["en"], ["BE"] = ["fr", "nl"], ["BG"] = ["bg"], ["BR"] = ["pt"], ["CA"] = ["en", "fr"],
        ["CH"] = ["de", "fr", "it"], ["CL"] = ["es"], ["CN"] = ["zh"], ["CO"] = ["es"], ["CY"] = ["el"], ["CZ"] = ["cs"], ["DE"] = ["de"],
        ["DK"] = ["da"], ["DZ"] = ["ar", "fr"], ["EE"] = ["et"], ["EG"] = ["ar"], ["ES"] = ["es"], ["FI"] = ["fi"], ["FR"] = ["fr"],
        ["GB"] = ["en"], ["GR"] = ["el"], ["HR"] = ["hr"], ["HU"] = ["hu"], ["IE"] = ["en"], ["IL"] = ["he"], ["IN"] = ["hi", "en"],
        ["IT"] = ["it"], ["JP"] = ["ja"], ["KR"] = ["ko"], ["LT"] = ["lt"], ["LU"] = ["fr", "de"], ["LV"] = ["lv"], ["MA"] = ["ar", "fr"],
        ["MT"] = ["mt", "en"], ["MX"] = ["es"], ["NL"] = ["nl"], ["NO"] = ["no"], ["NZ"] = ["en"], ["PL"] = ["pl"], ["PT"] = ["pt"],
        ["QA"] = ["ar"], ["RO"] = ["ro"], ["RS"] = ["sr"], ["SA"] = ["ar"], ["SE"] = ["sv"], ["SI"] = ["sl"], ["SK"] = ["sk"],
        ["TN"] = ["ar", "fr"], ["TR"] = ["tr"], ["UA"] = ["uk"], ["US"] = ["en"], ["ZA"] = ["en"],
    };

    public static IReadOnlyList<string> Of(string country) => ByCountry.TryGetValue(country, out var languages) ? languages : [];
}
