namespace Concordia.Data;

/// <summary>
/// Which countries' data a database context may return, and at which sites it may see who is on duty. Every query on
/// country-owned rows is filtered by it in the model itself, so no endpoint, page or command can forget it.
/// </summary>
public sealed record DataScope(bool AllCountries, IReadOnlyList<string> Countries, IReadOnlyList<Guid> Sites)
{
    /// <summary>For host staff, the command line and start-up work: every country.</summary>
    public static readonly DataScope Everything = new(true, [], []);

    /// <summary>For someone bound to no country: nothing country-owned.</summary>
    public static readonly DataScope Nothing = new(false, [], []);

    public static DataScope OfCountries(IEnumerable<string> countries) => new(false, [.. countries.Distinct()], []);

    /// <summary>A site commander's: no country's records, but everyone on duty at these sites.</summary>
    public static DataScope OfSites(IEnumerable<Guid> sites) => new(false, [], [.. sites.Distinct()]);

    public bool Sees(string country) => AllCountries || Countries.Contains(country);
}
