using System.Collections.Frozen;
using System.Text.Json;

namespace Concordia.Domain.Countries;

/// <summary>The ISO 3166-1 list, read once from the embedded copy.</summary>
public static class CountryCatalogue
{
    private static readonly Lazy<(IReadOnlyList<Country> All, FrozenDictionary<string, Country> ByCode)> Data = new(Load);

    public static IReadOnlyList<Country> All => Data.Value.All;

    /// <summary>Finds a country by its alpha-2 or alpha-3 code, ignoring case.</summary>
    public static Country? Find(string? code) =>
        code is not null && Data.Value.ByCode.TryGetValue(code.ToUpperInvariant(), out var country) ? country : null;

    private static (IReadOnlyList<Country>, FrozenDictionary<string, Country>) Load()
    {
        using var stream = typeof(CountryCatalogue).Assembly.GetManifestResourceStream("Concordia.Domain.Countries.iso3166-1.json")
            ?? throw new InvalidOperationException("The embedded ISO 3166-1 list is missing.");
        var countries = JsonSerializer.Deserialize<List<Country>>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("The embedded ISO 3166-1 list is empty.");
        var byCode = countries.SelectMany(c => new[] { (c.Alpha2, c), (c.Alpha3, c) })
            .ToFrozenDictionary(p => p.Item1, p => p.c, StringComparer.Ordinal);
        return (countries, byCode);
    }
}
