using Concordia.Data.Identity;

namespace Concordia.Web.Tests.Security;

/// <summary>
/// The access rules as the product brief states them, written here independently of the app's own policy table: the
/// matrix test checks the running app against this statement, not against itself.
/// </summary>
public enum AccessRule
{
    Anonymous,
    SignedIn,
    AnyRole,
    ManageEvent,
    SetAlertLevel,
    ReadRequirements,
    ManageRequirements,
    ReadCountry,
    WriteCountry,
    ReadCountryRecord,
    WriteCountryRecord,
    ReadRequests,
    AgencyWork,
    WithdrawCommitment,
    ReadAudit,
    ManageUsers,
    ReadCountryPersonalData,
    DecideAccreditation,
    VerifyBadge,
    CheckIn,
    OverrideCheckIn,
    ReadLodging,
    ManageLodging,
    ReadPlans,
    ManagePlans,
    ReadDuties,
    ReportAbsence,
    CloseSite,

    /// <summary>Withdrawing an absence or ending it early: whoever may report it (a liaison for their own country's members).</summary>
    WithdrawAbsence,

    /// <summary>Ending a site's closure early: whoever may close a site.</summary>
    ReopenSite,
    ManageVisitors,
    DecideLegalStatus,
    CommentLegalStatus,
    ManageHostForces,
    DecideAgreements,
    RecordExpenses,

    /// <summary>Appointment and induction documents: the host's vetting officers, coordinators and administrators; a liaison for their own country.</summary>
    IssueLegalDocument,
    ManageEquipment,
    RevealWeaponSerial,

    /// <summary>The roster import page: host forces managers for a host agency, a liaison for their own contingent (the page checks which).</summary>
    ImportRoster,
}

/// <summary>What a role gets under a rule: nothing, only its own country's data, or everything.</summary>
public enum Grant
{
    None,
    OwnCountry,
    All,
}

public static class AccessRules
{
    private static readonly string[] HostStaff =
        [Roles.Administrator, Roles.HostCoordinator, Roles.HostAgencyOfficer, Roles.Planner, Roles.VettingOfficer, Roles.Observer];

    public static Grant For(AccessRule rule, string? role) => (rule, role) switch
    {
        (AccessRule.Anonymous, _) => Grant.All,
        (_, null) => Grant.None,
        (AccessRule.SignedIn or AccessRule.AnyRole, _) => Grant.All,
        (AccessRule.ManageEvent or AccessRule.SetAlertLevel or AccessRule.ManageRequirements or AccessRule.ReadAudit, _) =>
            role is Roles.Administrator or Roles.HostCoordinator ? Grant.All : Grant.None,
        (AccessRule.ReadRequirements, _) =>
            role is Roles.CountryLiaison or Roles.VettingOfficer ? Grant.None : Grant.All,
        (AccessRule.ReadCountry or AccessRule.ReadCountryRecord, _) =>
            HostStaff.Contains(role) ? Grant.All : role == Roles.CountryLiaison ? Grant.OwnCountry : Grant.None,
        (AccessRule.WriteCountry or AccessRule.WriteCountryRecord, _) => role == Roles.CountryLiaison ? Grant.OwnCountry : Grant.None,
        (AccessRule.ReadRequests, _) =>
            role is Roles.Administrator or Roles.HostCoordinator or Roles.HostAgencyOfficer or Roles.Planner or Roles.Observer ? Grant.All : Grant.None,
        (AccessRule.AgencyWork, _) => role is Roles.Administrator or Roles.HostCoordinator or Roles.HostAgencyOfficer ? Grant.All : Grant.None,
        (AccessRule.WithdrawCommitment, _) =>
            role is Roles.Administrator or Roles.HostCoordinator or Roles.HostAgencyOfficer ? Grant.All : role == Roles.CountryLiaison ? Grant.OwnCountry : Grant.None,
        (AccessRule.ManageUsers, _) => role == Roles.Administrator ? Grant.All : Grant.None,
        (AccessRule.ReadCountryPersonalData, _) =>
            role == Roles.VettingOfficer ? Grant.All : role == Roles.CountryLiaison ? Grant.OwnCountry : Grant.None,
        (AccessRule.DecideAccreditation, _) => role == Roles.VettingOfficer ? Grant.All : Grant.None,
        (AccessRule.VerifyBadge, _) =>
            role is Roles.Administrator or Roles.HostCoordinator or Roles.HostAgencyOfficer or Roles.VettingOfficer or Roles.SiteCommander ? Grant.All : Grant.None,
        (AccessRule.CheckIn, _) =>
            role is Roles.Administrator or Roles.HostCoordinator or Roles.HostAgencyOfficer or Roles.SiteCommander ? Grant.All : Grant.None,
        (AccessRule.OverrideCheckIn, _) => role is Roles.Administrator or Roles.HostCoordinator ? Grant.All : Grant.None,
        (AccessRule.ReadLodging, _) => HostStaff.Contains(role) ? Grant.All : Grant.None,
        (AccessRule.ManageLodging, _) => role is Roles.Administrator or Roles.HostCoordinator or Roles.HostAgencyOfficer ? Grant.All : Grant.None,
        (AccessRule.ReadPlans, _) =>
            role is Roles.Administrator or Roles.HostCoordinator or Roles.HostAgencyOfficer or Roles.Planner or Roles.Observer ? Grant.All : Grant.None,
        (AccessRule.ManagePlans, _) => role is Roles.Administrator or Roles.Planner ? Grant.All : Grant.None,
        (AccessRule.ReadDuties, _) =>
            role is Roles.Administrator or Roles.HostCoordinator or Roles.HostAgencyOfficer or Roles.Planner or Roles.Observer or Roles.SiteCommander ? Grant.All
            : role == Roles.CountryLiaison ? Grant.OwnCountry : Grant.None,
        (AccessRule.ReportAbsence, _) =>
            role is Roles.Administrator or Roles.HostCoordinator or Roles.Planner ? Grant.All : role == Roles.CountryLiaison ? Grant.OwnCountry : Grant.None,
        (AccessRule.CloseSite, _) => role is Roles.Administrator or Roles.HostCoordinator ? Grant.All : Grant.None,
        (AccessRule.WithdrawAbsence, _) =>
            role is Roles.Administrator or Roles.HostCoordinator or Roles.Planner ? Grant.All : role == Roles.CountryLiaison ? Grant.OwnCountry : Grant.None,
        (AccessRule.ReopenSite, _) => role is Roles.Administrator or Roles.HostCoordinator ? Grant.All : Grant.None,
        (AccessRule.ManageVisitors, _) => role is Roles.Administrator or Roles.HostCoordinator or Roles.Planner ? Grant.All : Grant.None,
        (AccessRule.DecideLegalStatus, _) => role is Roles.Administrator or Roles.HostCoordinator ? Grant.All : Grant.None,
        (AccessRule.CommentLegalStatus, _) =>
            role is Roles.Administrator or Roles.HostCoordinator ? Grant.All : role == Roles.CountryLiaison ? Grant.OwnCountry : Grant.None,
        (AccessRule.IssueLegalDocument, _) =>
            role is Roles.Administrator or Roles.HostCoordinator or Roles.VettingOfficer ? Grant.All : role == Roles.CountryLiaison ? Grant.OwnCountry : Grant.None,
        (AccessRule.DecideAgreements, _) => role is Roles.Administrator or Roles.HostCoordinator ? Grant.All : Grant.None,
        (AccessRule.RecordExpenses, _) =>
            role is Roles.Administrator or Roles.HostCoordinator ? Grant.All : role == Roles.CountryLiaison ? Grant.OwnCountry : Grant.None,
        (AccessRule.ManageHostForces, _) => role is Roles.Administrator or Roles.HostCoordinator or Roles.Planner ? Grant.All : Grant.None,
        (AccessRule.ManageEquipment, _) =>
            role is Roles.Administrator or Roles.HostCoordinator or Roles.VettingOfficer ? Grant.All : role == Roles.CountryLiaison ? Grant.OwnCountry : Grant.None,
        (AccessRule.RevealWeaponSerial, _) =>
            role is Roles.HostCoordinator or Roles.VettingOfficer ? Grant.All : role == Roles.CountryLiaison ? Grant.OwnCountry : Grant.None,
        (AccessRule.ImportRoster, _) =>
            role is Roles.Administrator or Roles.HostCoordinator or Roles.Planner ? Grant.All : role == Roles.CountryLiaison ? Grant.OwnCountry : Grant.None,
        _ => Grant.None,
    };
}
