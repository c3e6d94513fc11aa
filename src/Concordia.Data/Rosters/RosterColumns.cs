using System.Collections.Frozen;

namespace Concordia.Data.Rosters;

/// <summary>The roster format: every column with its accepted header names, in template order.</summary>
public static class RosterColumns
{
    private const string DateHelp = "yyyy-MM-dd (1985-03-04), or day first: dd/MM/yyyy or dd.MM.yyyy (04/03/1985)";
    private const string DateHelpFr = "aaaa-MM-jj (1985-03-04), ou le jour d'abord : jj/MM/aaaa ou jj.MM.aaaa (04/03/1985)";

    public static IReadOnlyList<RosterColumn> All { get; } =
    [
        new(RosterField.PersonnelNumber, "Personnel number", "Matricule", true, true,
            "Required. The member's number in their own service, unique in the file. Re-importing a file updates the member with the same number.",
            "Obligatoire. Le matricule dans son propre service, unique dans le fichier. Un nouvel import met à jour le membre de même matricule.",
            "PL-KGP-004512",
            ["Service number", "Staff number", "Employee number", "Personnel ID", "Numéro de matricule", "N° de matricule", "Identifiant"]),
        new(RosterField.FamilyName, "Family name", "Nom", true, true,
            "Required. As written in the member's own language and script: Łukasiewicz, Παπαδοπούλου, Иванова.",
            "Obligatoire. Tel qu'écrit dans la langue et l'écriture du membre : Łukasiewicz, Παπαδοπούλου, Иванова.",
            "Wiśniewska",
            ["Surname", "Last name", "Nom de famille", "Nom d'usage"]),
        new(RosterField.GivenName, "Given name", "Prénom", true, false,
            "As written in the member's own language and script. Leave empty for a person who has a single name.",
            "Tel qu'écrit dans la langue et l'écriture du membre. Vide pour une personne qui n'a qu'un nom.",
            "Małgorzata",
            ["First name", "Forename", "Given names", "Prénoms"]),
        new(RosterField.Rank, "Rank", "Grade", false, false,
            "The member's rank in their own service.", "Le grade dans son propre service.", "Aspirant",
            ["Rang"]),
        new(RosterField.Service, "Service", "Service", false, false,
            "The service or agency the member comes from.", "Le service ou l'administration d'origine.", "Policja",
            ["Agency", "Organisation", "Organization", "Administration", "Agence"]),
        new(RosterField.Capability, "Capability", "Capacité", true, true,
            "Required. The code of the capability, in the event's catalogue, that this member fulfils.",
            "Obligatoire. Le code de la capacité, dans le catalogue de l'événement, que ce membre remplit.",
            "POL-PATROL",
            ["Capability code", "Code capacité", "Code de capacité", "Resource type", "Type de ressource"]),
        new(RosterField.Languages, "Languages", "Langues", false, false,
            "ISO 639-1 code and level, separated by ';'. Levels: A1 to C2 (CEFR) or native.",
            "Code ISO 639-1 et niveau, séparés par « ; ». Niveaux : A1 à C2 (CECRL) ou natif.",
            "pl:native;fr:B1;en:B2",
            ["Language skills", "Language", "Compétences linguistiques", "Langue", "Langues parlées"]),
        new(RosterField.Skills, "Skills", "Compétences", false, false,
            "Free text, separated by ';'.", "Texte libre, séparé par « ; ».", "first aid;crowd control",
            ["Qualifications", "Spécialités", "Savoir-faire"]),
        new(RosterField.Armed, "Armed", "Armé", false, false,
            "yes or no.", "oui ou non.", "yes",
            ["Carries a weapon", "Carries weapon", "Port d'arme", "Armé(e)"]),
        new(RosterField.WeaponAuthorisation, "Weapon authorisation", "Autorisation de port d'arme", false, false,
            "not required, requested, granted or refused. Required when Armed is yes.",
            "non requise, demandée, accordée ou refusée. Obligatoire si Armé vaut oui.",
            "requested",
            ["Weapon authorization", "Firearm authorisation", "Firearm authorization", "Weapon authorisation status", "Autorisation d'arme", "Autorisation de port d'armes"]),
        new(RosterField.DrivingLicence, "Driving licence", "Permis de conduire", false, false,
            "EU licence categories separated by ';' (AM, A1, A2, A, B, BE, C1, C1E, C, CE, D1, D1E, D, DE), or empty for none.",
            "Catégories de permis européen séparées par « ; » (AM, A1, A2, A, B, BE, C1, C1E, C, CE, D1, D1E, D, DE), ou vide si aucun.",
            "B;C1",
            ["Driving license", "Driver's license", "Driver licence", "Driving licence categories", "Permis", "Catégories de permis"]),
        new(RosterField.DateOfBirth, "Date of birth", "Date de naissance", false, false, DateHelp + ".", DateHelpFr + ".", "1988-11-23",
            ["Birth date", "Birthdate", "DOB", "Né le", "Née le", "Date naissance"]),
        new(RosterField.DocumentNumber, "Passport number", "Numéro de passeport", false, false,
            "Number of the passport or identity card the member travels with: letters and digits.",
            "Numéro du passeport ou de la carte d'identité de voyage : lettres et chiffres.",
            "EA1234567",
            ["Identity document number", "Document number", "ID document number", "ID card number", "Passport no", "Passport",
             "N° de passeport", "Passeport", "Numéro de pièce d'identité", "Numéro du document d'identité"]),
        new(RosterField.Phone, "Phone", "Téléphone", false, false,
            "International format with the country code.", "Format international avec l'indicatif du pays.", "+48 601 234 567",
            ["Phone number", "Telephone", "Mobile", "Mobile phone", "Numéro de téléphone", "Portable", "Tél"]),
        new(RosterField.DogName, "Dog name", "Nom du chien", false, false,
            "Canine teams only. Filling any dog column makes the row a canine team: the handler on this row and the dog.",
            "Équipes cynophiles seulement. Remplir une colonne du chien fait de la ligne une équipe : le maître-chien et le chien.",
            "Rex",
            ["Dog", "Chien", "Name of dog"]),
        new(RosterField.DogBreed, "Dog breed", "Race du chien", false, false,
            "Canine teams only.", "Équipes cynophiles seulement.", "Malinois",
            ["Breed", "Race"]),
        new(RosterField.DogSpeciality, "Detection speciality", "Spécialité de détection", false, false,
            "Canine teams: explosives, narcotics, firearms, currency, search and rescue or patrol.",
            "Équipes cynophiles : explosifs, stupéfiants, armes, devises, recherche de personnes ou patrouille.",
            "explosives",
            ["Dog speciality", "Dog specialty", "Detection specialty", "Speciality", "Spécialité du chien", "Spécialité"]),
        new(RosterField.DogVaccinationDate, "Vaccination date", "Date de vaccination", false, false,
            "Canine teams: date of the dog's last rabies vaccination, " + DateHelp + ".",
            "Équipes cynophiles : date du dernier vaccin antirabique du chien, " + DateHelpFr + ".",
            "2026-02-10",
            ["Rabies vaccination date", "Dog vaccination date", "Date de vaccination antirabique", "Date de vaccination du chien", "Vaccination antirabique"]),
        new(RosterField.DogPassportNumber, "Pet passport number", "Numéro de passeport animal", false, false,
            "Canine teams: number of the dog's EU pet passport.", "Équipes cynophiles : numéro du passeport européen du chien.",
            "PL0123456789",
            ["Dog passport number", "Pet passport", "Dog passport", "Passeport animal", "Passeport du chien", "Numéro de passeport du chien"]),
        new(RosterField.LatinName, "Name in Latin letters", "Nom en caractères latins", false, false,
            "Only for a name in a script the badge cannot print (Arabic, Hebrew, Chinese, Korean...): family and given name as the travel document's machine-readable zone writes them.",
            "Seulement pour un nom dans une écriture que le badge ne peut imprimer (arabe, hébreu, chinois, coréen...) : nom et prénom comme la bande lisible par machine du document de voyage les écrit.",
            "KIM Min-jun",
            ["Latin name", "Name in Latin script", "Romanised name", "Romanized name", "MRZ name", "Nom latin", "Nom translittéré"]),
        new(RosterField.Unit, "Unit", "Unité", false, false,
            "The unit the member serves in (a squad, a company, a dog section), by its name: a unit not yet known is created. Empty leaves the member's unit as it is.",
            "L'unité dans laquelle le membre sert (groupe, compagnie, groupe cynophile), par son nom : une unité inconnue est créée. Vide laisse l'unité du membre telle quelle.",
            "Section cynophile 2",
            ["Section", "Squad", "Company", "Unité d'affectation", "Compagnie", "Escadron"]),
    ];

    private static readonly FrozenDictionary<string, RosterColumn> ByHeader = All
        .SelectMany(c => c.Aliases.Append(c.EnglishName).Append(c.FrenchName).Select(name => (Key: HeaderKey(name), Column: c)))
        .DistinctBy(p => p.Key)
        .ToFrozenDictionary(p => p.Key, p => p.Column, StringComparer.Ordinal);

    public static RosterColumn Get(RosterField field) => All[(int)field];

    /// <summary>The column a header names, ignoring case, accents, spaces, punctuation and a trailing "(...)" hint.</summary>
    public static RosterColumn? Find(string? header) =>
        header is not null && ByHeader.TryGetValue(HeaderKey(header), out var column) ? column : null;

    /// <summary>The language a header is written in, when it is one of the two official names and not both.</summary>
    public static RosterLanguage? LanguageOf(string header, RosterColumn column)
    {
        var key = HeaderKey(header);
        var english = key == HeaderKey(column.EnglishName);
        var french = key == HeaderKey(column.FrenchName);
        return english == french ? null : english ? RosterLanguage.English : RosterLanguage.French;
    }

    /// <summary>The spreadsheet letter of a 1-based column number: 1 is A, 26 is Z, 27 is AA.</summary>
    public static string Letter(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        var letters = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    internal static string HeaderKey(string header)
    {
        var text = header;
        var hint = text.IndexOf('(', StringComparison.Ordinal);
        if (hint > 0)
        {
            text = text[..hint];
        }

        return RosterText.Fold(text, keepSpaces: false);
    }
}
