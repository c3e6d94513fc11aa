namespace Concordia.Domain.Countries;

/// <summary>A country as ISO 3166-1 names it.</summary>
public sealed record Country(string Alpha2, string Alpha3, string Numeric, string Name);
