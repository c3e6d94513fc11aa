namespace Concordia.Data.Identity;

/// <summary>The roles of Concordia. A user may hold several; some need a binding (see <see cref="BindingKind"/>).</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string HostCoordinator = "HostCoordinator";
    public const string HostAgencyOfficer = "HostAgencyOfficer";
    public const string Planner = "Planner";
    public const string VettingOfficer = "VettingOfficer";
    public const string CountryLiaison = "CountryLiaison";
    public const string SiteCommander = "SiteCommander";
    public const string Observer = "Observer";

    public static readonly IReadOnlyList<string> All =
        [Administrator, HostCoordinator, HostAgencyOfficer, Planner, VettingOfficer, CountryLiaison, SiteCommander, Observer];

    /// <summary>Roles that work for the host and so may see every country's contingent.</summary>
    public static readonly IReadOnlyList<string> Host =
        [Administrator, HostCoordinator, HostAgencyOfficer, Planner, VettingOfficer, Observer];

    /// <summary>The binding a role needs to mean anything: a liaison is bound to one country, and so on.</summary>
    public static BindingKind? RequiredBinding(string role) => role switch
    {
        CountryLiaison => BindingKind.Country,
        HostAgencyOfficer => BindingKind.Agency,
        SiteCommander => BindingKind.Site,
        _ => null,
    };
}
