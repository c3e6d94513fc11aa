using Concordia.Data.Rosters;
using Concordia.Domain.Contingents;

namespace Concordia.Bench.Rosters;

/// <summary>
/// A realistic contingent roster made from a seed: names in the contributing countries' own scripts, consistent
/// languages, armed officers with their authorisation, and canine teams with their dogs.
/// </summary>
public static class RosterGenerator
{
    private static readonly (string Country, string Language, string[] Family, string[] Given, string Service)[] Countries =
    [
        ("PL", "pl", ["Nowak", "Wiśniewska", "Wójcik", "Łukasiewicz", "Żółkiewski", "Kamińska"], ["Małgorzata", "Piotr", "Łukasz", "Zofia", "Jędrzej"], "Policja"),
        ("GR", "el", ["Παπαδόπουλος", "Παπαδοπούλου", "Γεωργίου", "Οικονόμου", "Νικολάου"], ["Αικατερίνη", "Νικόλαος", "Δημήτρης", "Ελένη"], "Ελληνική Αστυνομία"),
        ("BG", "bg", ["Иванова", "Петров", "Георгиева", "Димитров", "Костадинова"], ["Мария", "Георги", "Теодора", "Иван"], "МВР"),
        ("ES", "es", ["García", "Fernández", "Muñoz", "Peña", "Ibáñez"], ["José", "María", "Íñigo", "Lucía"], "Guardia Civil"),
        ("DE", "de", ["Müller", "Schäfer", "Weiß", "Groß", "Köhler"], ["Jörg", "Anna", "Jürgen", "Sören"], "Bundespolizei"),
        ("IT", "it", ["Rossi", "Bianchi", "Esposito", "Colombo", "D'Angelo"], ["Niccolò", "Giulia", "Lorenzo", "Chiara"], "Carabinieri"),
    ];

    private static readonly string[] Capabilities = ["POL-PATROL", "POL-PUBLIC-ORDER", "MIL-SECTION", "LIAISON", "K9-EXPL"];
    private static readonly string[] DogNames = ["Rex", "Ajax", "Bora", "Шаро", "Άρης"];
    private static readonly string[] Ranks = ["Sergeant", "Lieutenant", "Capitaine", "Aspirant"];
    private static readonly string[] Skills = ["first aid", "crowd control", "close protection", "boat handling", "motorcycle", "interpreting"];

    public static IReadOnlyList<RosterEntry> Members(int count, int seed)
    {
        var random = new Random(seed);
        var members = new List<RosterEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var (country, language, family, given, service) = Countries[random.Next(Countries.Length)];
            var capability = Capabilities[random.Next(Capabilities.Length)];
            var armed = capability is "POL-PATROL" or "MIL-SECTION" && random.Next(3) > 0;
            var dog = capability == "K9-EXPL"
                ? new CanineDetails(DogNames[random.Next(DogNames.Length)], "Malinois", DetectionSpeciality.Explosives,
                    new DateOnly(2026, 1, 1).AddDays(random.Next(150)), $"{country}{random.Next(100_000_000, 999_999_999)}")
                : null;
            members.Add(new RosterEntry(
                $"{country}-{i:D6}",
                family[random.Next(family.Length)] + (random.Next(10) == 0 ? "-" + family[random.Next(family.Length)] : string.Empty),
                given[random.Next(given.Length)],
                Ranks[random.Next(Ranks.Length)],
                service,
                capability,
                [new(language, LanguageLevel.Native), new("en", (LanguageLevel)random.Next(2, 6)), new("fr", (LanguageLevel)random.Next(0, 5))],
                Skills.Where(_ => random.Next(4) == 0).ToList(),
                armed,
                armed ? (WeaponAuthorisation)random.Next(1, 4) : WeaponAuthorisation.NotRequired,
                random.Next(3) == 0 ? ["B"] : ["B", "C1"],
                new DateOnly(1965, 1, 1).AddDays(random.Next(365 * 38)),
                $"{country}{random.Next(1_000_000, 9_999_999)}",
                $"+{random.Next(30, 49)} {random.Next(600, 799)} {random.Next(100, 999)} {random.Next(100, 999)}",
                dog));
        }

        return members;
    }
    private static readonly string[] FrenchFamily = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Lefèvre", "Garnier", "Faure", "Rousseau", "Mercier", "Benoît", "Lemaître", "Hervé"];
    private static readonly string[] FrenchGiven = ["Camille", "Julien", "Léa", "Mathieu", "Chloé", "Nicolas", "Émilie", "Sébastien", "Inès", "Loïc", "Maëlle", "Jérôme"];
    private static readonly string[] GendarmerieRanks = ["Gendarme", "Maréchal des logis-chef", "Adjudant", "Adjudant-chef", "Lieutenant", "Capitaine"];

    /// <summary>A host agency's roster: French gendarmes in squads of eight, one in fifty a dog handler, numbers unique.</summary>
    public static IReadOnlyList<RosterEntry> HostMembers(int count, int seed)
    {
        var random = new Random(seed);
        var members = new List<RosterEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var dog = i % 50 == 49
                ? new CanineDetails(DogNames[random.Next(3)], "Berger belge malinois", DetectionSpeciality.Explosives,
                    new DateOnly(2026, 1, 1).AddDays(random.Next(150)), $"FR{random.Next(100_000_000, 999_999_999)}")
                : null;
            members.Add(new RosterEntry(
                $"GN-{i:D7}",
                FrenchFamily[random.Next(FrenchFamily.Length)],
                FrenchGiven[random.Next(FrenchGiven.Length)],
                GendarmerieRanks[random.Next(GendarmerieRanks.Length)],
                "Gendarmerie nationale",
                dog is null ? "POL-PATROL" : "K9-EXPL",
                [new("fr", LanguageLevel.Native), new("en", (LanguageLevel)random.Next(0, 5))],
                [],
                dog is null,
                dog is null ? WeaponAuthorisation.Granted : WeaponAuthorisation.NotRequired,
                ["B"],
                new DateOnly(1965, 1, 1).AddDays(random.Next(365 * 38)),
                null,
                $"+33 6 {random.Next(10, 99)} {random.Next(10, 99)} {random.Next(10, 99)} {random.Next(10, 99)}",
                dog,
                null,
                dog is null ? $"Brigade {i / 8 + 1}" : $"Groupe cynophile {i / 500 + 1}"));
        }

        return members;
    }
}
