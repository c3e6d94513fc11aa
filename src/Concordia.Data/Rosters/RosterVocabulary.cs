using System.Collections.Frozen;
using Concordia.Domain.Contingents;

namespace Concordia.Data.Rosters;

/// <summary>
/// The words accepted in the roster's closed-list columns, in English and French (compared with
/// <see cref="RosterText.Fold"/>), and the word each export writes.
/// </summary>
internal static class RosterVocabulary
{
    public static readonly FrozenDictionary<string, bool> YesNo = Words(
        (true, ["yes", "y", "true", "1", "x", "oui", "o", "vrai"]),
        (false, ["no", "n", "false", "0", "non", "faux"]));

    public static readonly FrozenDictionary<string, WeaponAuthorisation> Authorisations = Words(
        (WeaponAuthorisation.NotRequired, ["not required", "none", "n a", "na", "non requise", "non requis", "sans objet", "aucune"]),
        (WeaponAuthorisation.Requested, ["requested", "pending", "applied", "demandee", "demande", "en cours"]),
        (WeaponAuthorisation.Granted, ["granted", "authorised", "authorized", "approved", "accordee", "accorde", "autorisee", "autorise"]),
        (WeaponAuthorisation.Refused, ["refused", "denied", "rejected", "refusee", "refuse", "rejetee"]));

    public static readonly FrozenDictionary<string, DetectionSpeciality> Specialities = Words(
        (DetectionSpeciality.Explosives, ["explosives", "explosive", "explosive detection", "explosifs", "explosif", "detection d explosifs"]),
        (DetectionSpeciality.Narcotics, ["narcotics", "drugs", "narcotic", "stupefiants", "drogues", "stups"]),
        (DetectionSpeciality.Firearms, ["firearms", "weapons", "firearm", "armes", "armes a feu"]),
        (DetectionSpeciality.Currency, ["currency", "cash", "devises", "numeraire", "billets"]),
        (DetectionSpeciality.SearchAndRescue, ["search and rescue", "sar", "persons", "recherche de personnes", "recherche et sauvetage", "sauvetage"]),
        (DetectionSpeciality.Patrol, ["patrol", "protection", "patrouille", "defense", "intervention"]));

    public static readonly FrozenDictionary<string, LanguageLevel> Levels = Words(
        (LanguageLevel.A1, ["a1"]), (LanguageLevel.A2, ["a2"]), (LanguageLevel.B1, ["b1"]), (LanguageLevel.B2, ["b2"]),
        (LanguageLevel.C1, ["c1"]), (LanguageLevel.C2, ["c2"]),
        (LanguageLevel.Native, ["native", "mother tongue", "n", "natif", "native", "maternelle", "langue maternelle"]));

    /// <summary>The EU driving licence categories (Directive 2006/126/EC), in the directive's order.</summary>
    public static readonly string[] LicenceCategories = [.. PersonValues.LicenceCategories];

    public static readonly FrozenSet<string> NoLicence = FrozenSet.Create(StringComparer.Ordinal, "none", "no", "aucun", "aucune", "non");

    public static string Write(bool value, RosterLanguage language) =>
        (value, language) switch
        {
            (true, RosterLanguage.French) => "oui",
            (false, RosterLanguage.French) => "non",
            (true, _) => "yes",
            (false, _) => "no",
        };

    public static string Write(WeaponAuthorisation value, RosterLanguage language) =>
        language == RosterLanguage.French
            ? value switch
            {
                WeaponAuthorisation.NotRequired => "non requise",
                WeaponAuthorisation.Requested => "demandée",
                WeaponAuthorisation.Granted => "accordée",
                _ => "refusée",
            }
            : value switch
            {
                WeaponAuthorisation.NotRequired => "not required",
                WeaponAuthorisation.Requested => "requested",
                WeaponAuthorisation.Granted => "granted",
                _ => "refused",
            };

    public static string Write(DetectionSpeciality value, RosterLanguage language) =>
        language == RosterLanguage.French
            ? value switch
            {
                DetectionSpeciality.Explosives => "explosifs",
                DetectionSpeciality.Narcotics => "stupéfiants",
                DetectionSpeciality.Firearms => "armes",
                DetectionSpeciality.Currency => "devises",
                DetectionSpeciality.SearchAndRescue => "recherche de personnes",
                _ => "patrouille",
            }
            : value switch
            {
                DetectionSpeciality.Explosives => "explosives",
                DetectionSpeciality.Narcotics => "narcotics",
                DetectionSpeciality.Firearms => "firearms",
                DetectionSpeciality.Currency => "currency",
                DetectionSpeciality.SearchAndRescue => "search and rescue",
                _ => "patrol",
            };

    public static string Write(LanguageLevel level, RosterLanguage language) =>
        level == LanguageLevel.Native ? (language == RosterLanguage.French ? "natif" : "native") : level.ToString();

    private static FrozenDictionary<string, T> Words<T>(params (T Value, string[] Words)[] entries) =>
        entries.SelectMany(e => e.Words.Select(w => (Key: RosterText.Fold(w), e.Value)))
            .DistinctBy(p => p.Key)
            .ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
