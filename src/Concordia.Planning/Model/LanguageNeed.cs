namespace Concordia.Planning.Model;

/// <summary>
/// Visitors expected at a site in a window speak <see cref="Language"/>: cover <see cref="Speakers"/> speakers,
/// preferably officers from <see cref="VisitorCountry"/>.
/// </summary>
public sealed record LanguageNeed(string SiteId, string WindowId, string Language, int Speakers, string? VisitorCountry = null);
