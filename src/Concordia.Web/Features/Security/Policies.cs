using Concordia.Data.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Concordia.Web.Features.Security;

/// <summary>
/// Every access rule of Concordia, in one place. Endpoints and pages name one of these policies (or are explicitly
/// anonymous); one that names none fails the authorization matrix test. Which rows a caller sees
/// inside an allowed endpoint is decided again by the data layer (<see cref="Data.DataScope"/>).
/// </summary>
public static class Policies
{
    /// <summary>Events, sites, capabilities, alert level, agencies, countries: every role.</summary>
    public const string EventRead = "event-read";

    /// <summary>Changing an event, its sites and capabilities, importing scenarios.</summary>
    public const string EventManage = "event-manage";

    /// <summary>Putting another alert level in force.</summary>
    public const string AlertLevelSet = "alert-level-set";

    /// <summary>Requirements and their totals: host staff who plan or watch deployments.</summary>
    public const string RequirementRead = "requirement-read";

    public const string RequirementManage = "requirement-manage";

    /// <summary>A country's own data under <c>/countries/{country}/</c>: host staff, or that country's liaison.</summary>
    public const string CountryRead = "country-read";

    /// <summary>Changing a country's own data under <c>/countries/{country}/</c>: that country's liaison only.</summary>
    public const string CountryWrite = "country-write";

    /// <summary>
    /// A country-owned record by id (a member, an ask, a pledge, a commitment): host staff and liaisons; the data
    /// layer hides other countries' records, so a liaison gets 404 for them.
    /// </summary>
    public const string CountryRecordRead = "country-record-read";

    /// <summary>Changing a country-owned record by id: liaisons; the data layer hides other countries' records.</summary>
    public const string CountryRecordWrite = "country-record-write";

    /// <summary>Requests for assistance, campaigns and the status board: host staff who run or watch them.</summary>
    public const string RequestRead = "request-read";

    /// <summary>
    /// Writing requests and deciding on pledges: coordinators and administrators for any agency, a host agency officer
    /// for their own agency (checked with an <see cref="AgencyScope"/>).
    /// </summary>
    public const string AgencyWork = "agency-work";

    /// <summary>Withdrawing an accepted commitment: the host side, or the country's own liaison.</summary>
    public const string CommitmentWithdraw = "commitment-withdraw";

    /// <summary>
    /// A country's roster with personal data in clear (exports): the country's own liaison, or a vetting officer.
    /// </summary>
    public const string CountryPersonalData = "country-personal-data";

    /// <summary>Deciding on accreditations and issuing or revoking badges: vetting officers only.</summary>
    public const string AccreditationDecide = "accreditation-decide";

    /// <summary>
    /// Verifying a badge from its QR code: host staff who check people at the gates (coordinators, agency officers,
    /// vetting officers) and site commanders. Liaisons, planners and observers have no gate to guard.
    /// </summary>
    public const string BadgeVerify = "badge-verify";

    /// <summary>Checking members in on arrival: the reception desk (coordinators, agency officers) and site commanders.</summary>
    public const string CheckIn = "check-in";

    /// <summary>
    /// Checking in a member who is not admissible (not accredited, or without a valid badge), with a reason: coordinators
    /// and administrators, who answer for the exception.
    /// </summary>
    public const string CheckInOverride = "check-in-override";

    /// <summary>Accommodation sites, allocations and occupancy: host staff.</summary>
    public const string LodgingRead = "lodging-read";

    /// <summary>Changing accommodation sites and allocating beds: coordinators and agency officers.</summary>
    public const string LodgingManage = "lodging-manage";

    /// <summary>Plan jobs, versions, their gaps, comparisons and the coverage heat map: host staff who plan or watch deployments.</summary>
    public const string PlanRead = "plan-read";

    /// <summary>Running, cancelling, publishing and discarding plans, and the planning settings: planners and administrators.</summary>
    public const string PlanManage = "plan-manage";

    /// <summary>
    /// Duties of a plan: host staff all of any version; a liaison their own country's and a site commander their sites'
    /// of the published version (the data layer filters the rows).
    /// </summary>
    public const string DutyRead = "duty-read";

    /// <summary>
    /// A member's absences and leave: the member's own liaison (the data layer hides other countries' members), and the
    /// host's coordinators and planners (also for the host's own forces).
    /// </summary>
    public const string AbsenceReport = "absence-report";

    /// <summary>Closing a site for a while (which proposes a re-plan): coordinators and administrators.</summary>
    public const string SiteClose = "site-close";

    /// <summary>
    /// Withdrawing an absence or ending it early (which proposes a re-plan): a liaison for their own country's members,
    /// the host's coordinators and planners — the same people who report absences.
    /// </summary>
    public const string AbsenceWithdraw = "absence-withdraw";

    /// <summary>Ending a site's closure early or withdrawing it (which proposes a re-plan): coordinators and administrators.</summary>
    public const string SiteReopen = "site-reopen";

    /// <summary>Stating which countries' visitors a site expects: planners, coordinators and administrators.</summary>
    public const string VisitorsManage = "visitors-manage";

    /// <summary>Deciding a country's legal status and attaching its documents: the host's coordinators and administrators.</summary>
    public const string LegalStatusDecide = "legal-status-decide";

    /// <summary>Commenting on a country's legal status: the host's coordinators and administrators, or that country's liaison.</summary>
    public const string LegalStatusComment = "legal-status-comment";

    /// <summary>Recording agreements and invitations with a country and deciding on its claims: the host's coordinators and administrators.</summary>
    public const string AgreementDecide = "agreement-decide";

    /// <summary>Recording a country's expenses and drafting and submitting its claims: that country's liaison, or the host's coordinators and administrators.</summary>
    public const string ExpenseRecord = "expense-record";

    /// <summary>
    /// A member's appointment or induction document (and a contingent's in one file): the host's vetting officers,
    /// coordinators and administrators, or the country's own liaison.
    /// </summary>
    public const string LegalDocumentIssue = "legal-document-issue";

    /// <summary>
    /// Registering and changing a member's weapons, vehicles, radios and dogs: the member's own liaison (the data layer
    /// hides other countries' members), and the host's coordinators, vetting officers and administrators, who also
    /// record whether a weapon authorisation is granted, refused or expired.
    /// </summary>
    public const string EquipmentManage = "equipment-manage";

    /// <summary>
    /// A weapon's serial number in full, on an explicit, audited request: the host's vetting officers and coordinators,
    /// and the member's own liaison (the data layer hides other countries' members).
    /// </summary>
    public const string WeaponSerialReveal = "weapon-serial-reveal";

    /// <summary>
    /// The host's own forces (police, gendarmerie, armed forces): their rosters, members and units, per host agency:
    /// coordinators and planners, who deploy them, and administrators. Liaisons never see them.
    /// </summary>
    public const string HostForces = "host-forces";

    /// <summary>
    /// The roster import page: a liaison for their own contingent, host forces managers for a host agency (the page
    /// checks which with <see cref="CountryWrite"/> or <see cref="HostForces"/>).
    /// </summary>
    public const string RosterImport = "roster-import";

    public const string AuditRead = "audit-read";

    public const string UserManage = "user-manage";

    /// <summary>Anything about the caller's own account (tokens, second factor).</summary>
    public const string SignedIn = "signed-in";

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(EventRead, p => p.RequireRole(Roles.All));
        options.AddPolicy(EventManage, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator));
        options.AddPolicy(AlertLevelSet, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator));
        options.AddPolicy(RequirementRead, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator, Roles.HostAgencyOfficer, Roles.Planner,
            Roles.SiteCommander, Roles.Observer));
        options.AddPolicy(RequirementManage, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator));
        options.AddPolicy(CountryRead, p => p.AddRequirements(new CountryScopeRequirement(Write: false)));
        options.AddPolicy(CountryWrite, p => p.AddRequirements(new CountryScopeRequirement(Write: true)));
        options.AddPolicy(CountryRecordRead, p => p.RequireRole([.. Roles.Host, Roles.CountryLiaison]));
        options.AddPolicy(CountryRecordWrite, p => p.RequireRole(Roles.CountryLiaison));
        options.AddPolicy(RequestRead, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator, Roles.HostAgencyOfficer, Roles.Planner, Roles.Observer));
        options.AddPolicy(AgencyWork, p => p.AddRequirements(new AgencyScopeRequirement()));
        options.AddPolicy(CommitmentWithdraw, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator, Roles.HostAgencyOfficer, Roles.CountryLiaison));
        options.AddPolicy(CountryPersonalData, p => p.AddRequirements(new CountryScopeRequirement(Write: false)).RequireRole(Roles.VettingOfficer, Roles.CountryLiaison));
        options.AddPolicy(AccreditationDecide, p => p.RequireRole(Roles.VettingOfficer));
        options.AddPolicy(BadgeVerify, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator, Roles.HostAgencyOfficer, Roles.VettingOfficer, Roles.SiteCommander));
        options.AddPolicy(CheckIn, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator, Roles.HostAgencyOfficer, Roles.SiteCommander));
        options.AddPolicy(CheckInOverride, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator));
        options.AddPolicy(LodgingRead, p => p.RequireRole(Roles.Host));
        options.AddPolicy(LodgingManage, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator, Roles.HostAgencyOfficer));
        options.AddPolicy(PlanRead, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator, Roles.HostAgencyOfficer, Roles.Planner, Roles.Observer));
        options.AddPolicy(PlanManage, p => p.RequireRole(Roles.Administrator, Roles.Planner));
        options.AddPolicy(DutyRead, p => p.RequireRole(
            Roles.Administrator, Roles.HostCoordinator, Roles.HostAgencyOfficer, Roles.Planner, Roles.Observer, Roles.CountryLiaison, Roles.SiteCommander));
        options.AddPolicy(AbsenceReport, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator, Roles.Planner, Roles.CountryLiaison));
        options.AddPolicy(SiteClose, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator));
        options.AddPolicy(AbsenceWithdraw, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator, Roles.Planner, Roles.CountryLiaison));
        options.AddPolicy(SiteReopen, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator));
        options.AddPolicy(VisitorsManage, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator, Roles.Planner));
        options.AddPolicy(LegalStatusDecide, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator));
        options.AddPolicy(LegalStatusComment, p => p.AddRequirements(new CountryScopeRequirement(Write: false))
            .RequireRole(Roles.Administrator, Roles.HostCoordinator, Roles.CountryLiaison));
        options.AddPolicy(LegalDocumentIssue, p => p.AddRequirements(new CountryScopeRequirement(Write: false))
            .RequireRole(Roles.Administrator, Roles.HostCoordinator, Roles.VettingOfficer, Roles.CountryLiaison));
        options.AddPolicy(AgreementDecide, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator));
        options.AddPolicy(ExpenseRecord, p => p.AddRequirements(new CountryScopeRequirement(Write: false))
            .RequireRole(Roles.Administrator, Roles.HostCoordinator, Roles.CountryLiaison));
        options.AddPolicy(EquipmentManage, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator, Roles.VettingOfficer, Roles.CountryLiaison));
        options.AddPolicy(WeaponSerialReveal, p => p.RequireRole(Roles.HostCoordinator, Roles.VettingOfficer, Roles.CountryLiaison));
        options.AddPolicy(HostForces, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator, Roles.Planner));
        options.AddPolicy(RosterImport, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator, Roles.Planner, Roles.CountryLiaison));
        options.AddPolicy(AuditRead, p => p.RequireRole(Roles.Administrator, Roles.HostCoordinator));
        options.AddPolicy(UserManage, p => p.RequireRole(Roles.Administrator));
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());

        // Framework endpoints (the interactive pages' connection) need a signed-in user. Every API endpoint and page must
        // still name its own policy: the authorization matrix test fails for one that does not.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
