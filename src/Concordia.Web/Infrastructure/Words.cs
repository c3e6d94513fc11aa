using System.Globalization;
using Concordia.Data.Identity;
using Concordia.Domain.Agencies;
using Concordia.Domain.Capabilities;
using Concordia.Domain.Contingents;
using Concordia.Domain.Costs;
using Concordia.Domain.Equipment;
using Concordia.Domain.Legal;
using Concordia.Domain.Notifications;
using Concordia.Domain.Planning;
using Concordia.Domain.Pledges;
using Concordia.Domain.Requests;
using Concordia.Domain.Sites;
using Concordia.Web.Features.Pledges;
using Concordia.Web.Features.Vetting;

namespace Concordia.Web.Infrastructure;

/// <summary>
/// The one place that gives the domain's values their words, in English and in French: "Lodged by the host" /
/// "Hébergé par l'hôte" for <c>HostSupported</c>, "Under review" / "En cours d'examen" for <c>UnderReview</c>. Pages
/// show these words in the reader's language (<see cref="CultureInfo.CurrentUICulture"/>), never the value's name.
/// Every value of every enumeration has its words here (a test checks it).
/// </summary>
public static class Words
{
    private static readonly Dictionary<Enum, (string En, string Fr)> Values = new()
    {
        [AbsenceKind.Leave] = ("Leave", "Congé"),
        [AbsenceKind.Sick] = ("Sick", "Malade"),
        [AbsenceKind.Absent] = ("Absent", "Absent"),

        [BadgeVerdict.Valid] = ("Valid", "Valide"),
        [BadgeVerdict.Revoked] = ("Revoked", "Révoqué"),
        [BadgeVerdict.Expired] = ("Expired", "Expiré"),
        [BadgeVerdict.NotYetValid] = ("Not yet valid", "Pas encore valide"),

        [DetectionSpeciality.Explosives] = ("Explosives", "Explosifs"),
        [DetectionSpeciality.Narcotics] = ("Narcotics", "Stupéfiants"),
        [DetectionSpeciality.Firearms] = ("Firearms", "Armes à feu"),
        [DetectionSpeciality.Currency] = ("Currency", "Devises"),
        [DetectionSpeciality.SearchAndRescue] = ("Search and rescue", "Recherche et sauvetage"),
        [DetectionSpeciality.Patrol] = ("Patrol", "Patrouille"),

        [WeaponAuthorisation.NotRequired] = ("Not required", "Non requise"),
        [WeaponAuthorisation.Requested] = ("Requested", "Demandée"),
        [WeaponAuthorisation.Granted] = ("Granted", "Accordée"),
        [WeaponAuthorisation.Refused] = ("Refused", "Refusée"),

        [EquipmentKind.Weapon] = ("Weapon", "Arme"),
        [EquipmentKind.Vehicle] = ("Vehicle", "Véhicule"),
        [EquipmentKind.Radio] = ("Radio", "Radio"),
        [EquipmentKind.Dog] = ("Dog", "Chien"),

        [AuthorisationStatus.Requested] = ("Authorisation requested", "Autorisation demandée"),
        [AuthorisationStatus.Granted] = ("Authorisation granted", "Autorisation accordée"),
        [AuthorisationStatus.Refused] = ("Authorisation refused", "Autorisation refusée"),
        [AuthorisationStatus.Expired] = ("Authorisation expired", "Autorisation expirée"),

        [AccreditationStatus.Submitted] = ("Submitted", "Soumis"),
        [AccreditationStatus.UnderReview] = ("Under review", "En cours d'examen"),
        [AccreditationStatus.Accredited] = ("Accredited", "Accrédité"),
        [AccreditationStatus.Refused] = ("Refused", "Refusé"),
        [AccreditationStatus.BadgeIssued] = ("Badge issued", "Badge délivré"),
        [AccreditationStatus.BadgeRevoked] = ("Badge revoked", "Badge révoqué"),

        [LanguageLevel.A1] = ("A1", "A1"),
        [LanguageLevel.A2] = ("A2", "A2"),
        [LanguageLevel.B1] = ("B1", "B1"),
        [LanguageLevel.B2] = ("B2", "B2"),
        [LanguageLevel.C1] = ("C1", "C1"),
        [LanguageLevel.C2] = ("C2", "C2"),
        [LanguageLevel.Native] = ("Native", "Langue maternelle"),

        [CapabilityKind.PatrolOfficer] = ("Patrol officer", "Agent de patrouille"),
        [CapabilityKind.PublicOrderUnit] = ("Public order unit", "Unité de maintien de l'ordre"),
        [CapabilityKind.GendarmeSquad] = ("Gendarme squad", "Escadron de gendarmerie"),
        [CapabilityKind.MilitarySection] = ("Military section", "Section militaire"),
        [CapabilityKind.ExplosiveDetectionCanineTeam] = ("Explosive-detection dog team", "Équipe cynophile de détection d'explosifs"),
        [CapabilityKind.EodTeam] = ("Bomb disposal team", "Équipe de déminage"),
        [CapabilityKind.CbrnTeam] = ("CBRN team", "Équipe NRBC"),
        [CapabilityKind.LiaisonOfficer] = ("Liaison officer", "Officier de liaison"),
        [CapabilityKind.Interpreter] = ("Interpreter", "Interprète"),
        [CapabilityKind.Other] = ("Other", "Autre"),

        [NotificationKind.RequestReceived] = ("Request received", "Demande reçue"),
        [NotificationKind.PledgeReceived] = ("Answer received", "Réponse reçue"),
        [NotificationKind.PledgeDecided] = ("Decision on an answer", "Décision sur une réponse"),
        [NotificationKind.AccreditationDecided] = ("Vetting decision", "Décision d'accréditation"),
        [NotificationKind.DeadlineReminder] = ("Deadline reminder", "Rappel d'échéance"),
        [NotificationKind.AskOverdue] = ("Answer overdue", "Réponse en retard"),
        [NotificationKind.PlanPublished] = ("Plan published", "Plan publié"),

        [EmailStatus.None] = ("No e-mail", "Pas de courriel"),
        [EmailStatus.Pending] = ("E-mail waiting", "Courriel en attente"),
        [EmailStatus.Sent] = ("E-mail sent", "Courriel envoyé"),
        [EmailStatus.Failed] = ("E-mail failed", "Échec du courriel"),

        [SiteKind.Venue] = ("Venue", "Site de compétition"),
        [SiteKind.FanZone] = ("Fan zone", "Zone de supporters"),
        [SiteKind.Village] = ("Village", "Village"),
        [SiteKind.CeremonySector] = ("Ceremony sector", "Secteur de cérémonie"),
        [SiteKind.TransportHub] = ("Transport hub", "Pôle de transport"),
        [SiteKind.Other] = ("Other", "Autre"),

        [AgencyKind.Ministry] = ("Ministry", "Ministère"),
        [AgencyKind.Police] = ("Police", "Police"),
        [AgencyKind.Gendarmerie] = ("Gendarmerie", "Gendarmerie"),
        [AgencyKind.Military] = ("Military", "Armées"),
        [AgencyKind.CivilProtection] = ("Civil protection", "Sécurité civile"),
        [AgencyKind.Other] = ("Other", "Autre"),

        [PlanTrigger.Requested] = ("Asked for", "Demandé"),
        [PlanTrigger.AlertLevelChanged] = ("Alert level changed", "Niveau d'alerte modifié"),
        [PlanTrigger.MemberAbsent] = ("Member absent", "Membre absent"),
        [PlanTrigger.SiteClosed] = ("Site closed", "Site fermé"),
        [PlanTrigger.AbsenceWithdrawn] = ("Absence withdrawn", "Absence retirée"),
        [PlanTrigger.SiteReopened] = ("Site reopened", "Site rouvert"),
        [PlanTrigger.RearrangeRequested] = ("Re-arrangement asked for", "Réorganisation demandée"),

        [PlanVersionState.Draft] = ("Draft", "Brouillon"),
        [PlanVersionState.Published] = ("Published", "Publié"),
        [PlanVersionState.Superseded] = ("Superseded", "Remplacé"),
        [PlanVersionState.Discarded] = ("Discarded", "Écarté"),

        [PlanJobState.Queued] = ("Queued", "En attente"),
        [PlanJobState.Running] = ("Running", "En cours"),
        [PlanJobState.Succeeded] = ("Done", "Terminé"),
        [PlanJobState.Failed] = ("Failed", "Échoué"),
        [PlanJobState.Cancelled] = ("Cancelled", "Annulé"),

        [HostDecision.Pending] = ("Pending", "En attente"),
        [HostDecision.Accepted] = ("Accepted", "Accepté"),
        [HostDecision.Declined] = ("Declined", "Refusé"),
        [HostDecision.RevisionRequested] = ("Revision asked", "Révision demandée"),

        [PledgeAnswer.Full] = ("All that was asked", "Tout ce qui est demandé"),
        [PledgeAnswer.Partial] = ("Part of it", "En partie"),
        [PledgeAnswer.Declined] = ("None (declined)", "Rien (refus)"),
        [PledgeAnswer.CounterOffer] = ("Something else (counter-offer)", "Autre chose (contre-proposition)"),
        [PledgeAnswer.Offer] = ("Offer", "Offre"),

        [RequestStatus.Draft] = ("Draft", "Brouillon"),
        [RequestStatus.Sent] = ("Sent", "Envoyée"),
        [RequestStatus.Closed] = ("Closed", "Close"),
        [RequestStatus.Withdrawn] = ("Withdrawn", "Retirée"),

        [LodgingCondition.HostSupported] = ("Lodged by the host", "Hébergé par l'hôte"),
        [LodgingCondition.SelfSufficient] = ("Own lodging", "Hébergement propre"),

        [AskStatus.Sent] = ("Awaiting answer", "En attente de réponse"),
        [AskStatus.Answered] = ("Answered", "Répondu"),
        [AskStatus.Overdue] = ("Overdue", "En retard"),
        [AskStatus.Closed] = ("Closed", "Clos"),
        [AskStatus.Withdrawn] = ("Withdrawn", "Retiré"),

        [ArmedCondition.Either] = ("Armed or unarmed", "Armé ou non"),
        [ArmedCondition.Armed] = ("Armed", "Armé"),
        [ArmedCondition.Unarmed] = ("Unarmed", "Non armé"),

        [DecisionKind.Accept] = ("Accept", "Accepter"),
        [DecisionKind.Decline] = ("Decline", "Refuser"),
        [DecisionKind.Revise] = ("Ask to revise", "Demander une révision"),

        [AccreditationAction.StartReview] = ("Start the review", "Commencer l'examen"),
        [AccreditationAction.Accredit] = ("Accredit", "Accréditer"),
        [AccreditationAction.Refuse] = ("Refuse", "Refuser"),
        [AccreditationAction.IssueBadge] = ("Issue badge", "Délivrer le badge"),
        [AccreditationAction.RevokeBadge] = ("Revoke badge", "Révoquer le badge"),

        [LegalBasisKind.Agreement] = ("Agreement", "Accord"),
        [LegalBasisKind.Invitation] = ("Invitation", "Invitation"),
        [LegalBasisKind.Law] = ("Law", "Loi"),

        [Uniform.NationalUniform] = ("National uniform", "Uniforme national"),
        [Uniform.HostUniform] = ("Host's uniform", "Uniforme du pays hôte"),
        [Uniform.CivilianWithPoliceVest] = ("Civilian clothes with a police vest", "Tenue civile avec chasuble police"),
        [Uniform.CivilianClothes] = ("Civilian clothes", "Tenue civile"),

        [CommandAuthority.Host] = ("Host's command", "Commandement du pays hôte"),
        [CommandAuthority.Own] = ("Own national command", "Commandement national propre"),

        [ExecutivePowers.None] = ("No executive powers", "Sans pouvoirs de police"),
        [ExecutivePowers.Limited] = ("Limited executive powers", "Pouvoirs de police limités"),
        [ExecutivePowers.Full] = ("Full executive powers", "Pleins pouvoirs de police"),

        [AgreementKind.IntergovernmentalAgreement] = ("Intergovernmental agreement", "Accord intergouvernemental"),
        [AgreementKind.MemorandumOfUnderstanding] = ("Memorandum of understanding", "Protocole d'accord"),
        [AgreementKind.InvitationLetter] = ("Invitation letter", "Lettre d'invitation"),
        [AgreementKind.ExchangeOfLetters] = ("Exchange of letters", "Échange de lettres"),

        [CostCategory.Lodging] = ("Lodging", "Hébergement"),
        [CostCategory.Transport] = ("Transport", "Transport"),
        [CostCategory.PerDiem] = ("Per diem", "Indemnités journalières"),
        [CostCategory.Uniforms] = ("Uniforms", "Uniformes"),
        [CostCategory.Fuel] = ("Fuel", "Carburant"),
        [CostCategory.Other] = ("Other costs", "Autres frais"),

        [Payer.Host] = ("Host pays", "Payé par l'hôte"),
        [Payer.SendingCountry] = ("Sending country pays", "Payé par le pays d'envoi"),
        [Payer.Shared] = ("Shared", "Partagé"),
        [Payer.NotCovered] = ("Not covered", "Non couvert"),

        [ClaimState.Draft] = ("Draft", "Brouillon"),
        [ClaimState.Submitted] = ("Submitted", "Soumise"),
        [ClaimState.Approved] = ("Approved", "Approuvée"),
        [ClaimState.Rejected] = ("Rejected", "Rejetée"),
        [ClaimState.Reimbursed] = ("Reimbursed", "Remboursée"),
    };

    private static readonly Dictionary<string, (string En, string Fr)> RoleWords = new(StringComparer.Ordinal)
    {
        [Roles.Administrator] = ("Administrator", "Administrateur"),
        [Roles.HostCoordinator] = ("Host coordinator", "Coordinateur du pays hôte"),
        [Roles.HostAgencyOfficer] = ("Host agency officer", "Agent d'une administration hôte"),
        [Roles.Planner] = ("Planner", "Planificateur"),
        [Roles.VettingOfficer] = ("Vetting officer", "Officier d'accréditation"),
        [Roles.CountryLiaison] = ("Country liaison", "Officier de liaison"),
        [Roles.SiteCommander] = ("Site commander", "Commandant de site"),
        [Roles.Observer] = ("Observer", "Observateur"),
    };

    /// <summary>The value's words in the reader's language.</summary>
    public static string Of(Enum value) => Of(value, CultureInfo.CurrentUICulture);

    public static string Of(Enum value, CultureInfo culture) =>
        Values.TryGetValue(value, out var words) ? Pick(words, culture) : value.ToString();

    /// <summary>
    /// The words for a value known only by its name, as stored text keeps it ("UnderReview" → "Under review"); null
    /// when no value, or more than one, has that name.
    /// </summary>
    public static string? OfName(string name, CultureInfo culture) =>
        ByName.Value.TryGetValue(name, out var value) ? Of(value, culture) : RoleWords.ContainsKey(name) ? Role(name, culture) : null;

    private static readonly Lazy<Dictionary<string, Enum>> ByName = new(() => Values.Keys.GroupBy(v => v.ToString(), StringComparer.Ordinal)
        .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal));

    /// <summary>A role's words ("Host coordinator" for <c>HostCoordinator</c>).</summary>
    public static string Role(string role) => Role(role, CultureInfo.CurrentUICulture);

    public static string Role(string role, CultureInfo culture) => RoleWords.TryGetValue(role, out var words) ? Pick(words, culture) : role;

    /// <summary>Whether the value has its own words in both languages.</summary>
    public static bool Knows(Enum value) => Values.ContainsKey(value);

    public static bool KnowsRole(string role) => RoleWords.ContainsKey(role);

    /// <summary>French for French readers, English for everyone else.</summary>
    public static bool IsFrench(CultureInfo culture) => culture.TwoLetterISOLanguageName == "fr";

    private static string Pick((string En, string Fr) words, CultureInfo culture) => IsFrench(culture) ? words.Fr : words.En;
}
