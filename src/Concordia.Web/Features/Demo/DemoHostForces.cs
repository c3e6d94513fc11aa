using System.Globalization;
using Concordia.Data;
using Concordia.Domain.Agencies;
using Concordia.Domain.Capabilities;
using Concordia.Domain.Contingents;
using Concordia.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Demo;

/// <summary>
/// The host's own forces of a demo event, per host agency, sized against the Paris scenario's opening-ceremony peak
/// (about 40,000 people in the evening window of 26 July at the level in force) with some room for leave: Police
/// nationale and Préfecture de police patrols and dog teams, CRS companies and mobile gendarmerie squadrons (public-order
/// units of 72), gendarmerie patrols and squads of 8, Opération Sentinelle sections of 30 and military dog teams,
/// bomb-disposal and CBRN teams, liaison officers and interpreters: about 44,000 people. Names, ranks and languages are
/// drawn from a fixed seed, so every first start makes the same people. Team capabilities are formed into units (their
/// first member leads), dog teams into dog groups of ten; one member in fifty has a few days of leave during the
/// Games. Everything is written in bulk, in one transaction with one audit entry.
/// </summary>
public static class DemoHostForces
{
    private const string Seeder = "Demo host forces";

    /// <summary>Agency code, capability code, how many (people, or teams and units for team capabilities), personnel number prefix.</summary>
    private static readonly (string Agency, string Capability, int Count, string Prefix)[] Strengths =
    [
        ("fr-pn", "patrol-officer", 7_000, "PN"),
        ("fr-pn", "k9-edd-police", 350, "PN"),
        ("fr-pp", "patrol-officer", 5_000, "PP"),
        ("fr-pp", "eod-team", 50, "PP"),
        ("fr-gn", "patrol-officer", 3_400, "GN"),
        ("fr-gn", "gendarme-squad", 770, "GN"),
        ("fr-gn", "k9-edd-police", 300, "GN"),
        ("fr-crs", "public-order-unit", 95, "CRS"),
        ("fr-gm", "public-order-unit", 95, "GM"),
        ("fr-sentinelle", "military-section", 220, "SEN"),
        ("fr-sentinelle", "k9-edd-military", 180, "SEN"),
        ("fr-bspp", "cbrn-team", 30, "BSPP"),
        ("fr-dgscgc", "eod-team", 50, "SC"),
        ("fr-dgscgc", "cbrn-team", 20, "SC"),
        ("fr-dcis", "liaison-officer", 450, "DCIS"),
        ("fr-dcis", "interpreter", 160, "DCIS"),
    ];

    private static readonly string[] Families =
    [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel",
        "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefèbvre", "Mercier", "Dupont", "Lambert", "Bonnet",
        "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin",
        "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson", "Sanchez", "Gérard", "Nguyen",
        "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier", "Roger", "Roche", "Roy", "Noël", "Meyer", "Lucas", "Meunier", "Jean", "Pérez",
        "Marchand", "Dufour", "Blanchard", "Marie", "Barbier", "Brun", "Dumas", "Brunet", "Schmitt", "Leroux", "Colin", "Fernandez", "Pierre",
        "Renard", "Arnaud", "Rolland", "Caron", "Aubert", "Giraud", "Leclerc", "Vidal", "Bourgeois", "Renaud", "Lemoine", "Picard", "Gaillard",
        "Philippe", "Leclercq", "Lacroix", "Fabre", "Dupuis", "Olivier", "Rodriguez", "Da Silva", "Hubert", "Louis", "Charles", "Guillot", "Rivière",
        "Le Gall", "Guillaume", "Adam", "Rey", "Moulin", "Gonzalez", "Berger", "Lecomte", "Ménard", "Fleury", "Deschamps", "Carpentier", "Julien",
        "Benoît", "Paris", "Maillard", "Marchal", "Aubry", "Vasseur", "Le Roux", "Renault", "Jacquet", "Collet", "Prévost", "Poirier", "Charpentier",
        "Royer", "Huet", "Baron", "Dupuy", "Pons", "Paul", "Laine", "Carré", "Breton", "Rémy", "Schneider", "Perrot", "Guyot", "Barré", "Marty",
        "Cousin", "Benali", "Haddad", "Mansouri", "Diallo", "Traoré", "Kone", "Bensaïd", "Ferreira", "Pereira", "Le Goff", "Kerbrat", "Etcheverry",
    ];

    private static readonly string[] Men =
    [
        "Jean", "Pierre", "Nicolas", "Julien", "Thomas", "Alexandre", "Maxime", "Sébastien", "Antoine", "Romain", "Mathieu", "Guillaume", "Kévin",
        "Jérôme", "Florian", "Benjamin", "Anthony", "Adrien", "Vincent", "Loïc", "Yann", "Cédric", "Damien", "Hugo", "Lucas", "Théo", "Karim",
        "Mehdi", "Yanis", "Bastien", "François", "Olivier", "Stéphane", "Grégory", "Ludovic", "Arnaud", "Rémi", "Quentin", "Clément", "Mickaël",
    ];

    private static readonly string[] Women =
    [
        "Marie", "Camille", "Julie", "Sarah", "Laura", "Émilie", "Céline", "Aurélie", "Pauline", "Manon", "Léa", "Chloé", "Mélanie", "Audrey",
        "Élodie", "Amandine", "Sophie", "Claire", "Charlotte", "Inès", "Nadia", "Sonia", "Anaïs", "Marion", "Justine", "Océane", "Maëlle", "Hélène",
    ];

    private static readonly string[] PoliceRanks = ["Gardien de la paix", "Gardien de la paix", "Gardien de la paix", "Brigadier", "Brigadier-chef", "Major", "Lieutenant", "Capitaine", "Commandant"];
    private static readonly string[] GendarmerieRanks = ["Gendarme", "Gendarme", "Gendarme", "Maréchal des logis-chef", "Adjudant", "Adjudant-chef", "Major", "Lieutenant", "Capitaine", "Chef d'escadron"];
    private static readonly string[] ArmyRanks = ["Soldat de 1re classe", "Soldat de 1re classe", "Caporal", "Caporal-chef", "Sergent", "Sergent-chef", "Adjudant", "Lieutenant", "Capitaine"];
    private static readonly string[] FirefighterRanks = ["Sapeur de 1re classe", "Caporal", "Caporal-chef", "Sergent", "Adjudant", "Lieutenant", "Capitaine"];
    private static readonly string[] CivilProtectionRanks = ["Démineur", "Démineur", "Chef d'équipe de déminage", "Chef de centre adjoint"];
    private static readonly string[] LiaisonRanks = ["Capitaine de police", "Commandant de police", "Commissaire de police", "Attaché de sécurité intérieure"];
    private static readonly string[] SecondLanguages = ["es", "de", "it", "pt", "ar", "nl", "pl", "ru", "zh", "ja", "ko", "el"];
    private static readonly string[] DogNames = ["Uranus", "Vidock", "Vasco", "Volt", "Ulk", "Tyson", "Taïga", "Spike", "Sirius", "Rocky", "Rambo", "Oslo", "Nala", "Maya", "Loki", "Lexie", "Iris", "Hunter", "Gaïa", "Falco"];
    private static readonly string[] DogBreeds = ["Berger belge malinois", "Berger belge malinois", "Berger allemand", "Labrador retriever", "Springer anglais", "Berger hollandais"];

    public static async Task SeedAsync(ConcordiaDbContext db, string eventCode, CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Code == eventCode, cancellationToken);
        if (ev is null || await db.Members.AnyAsync(m => m.EventId == ev.Id && m.AgencyId != null, cancellationToken))
        {
            return;
        }

        var agencies = await db.Agencies.AsNoTracking().Where(a => a.EventId == ev.Id).ToDictionaryAsync(a => a.Code, cancellationToken);
        var capabilities = await db.Capabilities.AsNoTracking().Where(c => c.EventId == ev.Id).ToDictionaryAsync(c => c.Code, cancellationToken);
        var random = new Random(1789);
        var at = ev.StartOfDayUtc(ev.Start.AddDays(-30)).AddHours(9);
        var members = new List<Member>(45_000);
        var units = new List<(Unit Unit, Member[] Members)>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (agencyCode, capabilityCode, count, prefix) in Strengths)
        {
            if (!agencies.TryGetValue(agencyCode, out var agency) || !capabilities.TryGetValue(capabilityCode, out var capability))
            {
                continue;
            }

            var team = capability.Dogs == 0 && capability.Persons > 1;
            var size = team ? capability.Persons : capability.Dogs > 0 ? 10 : 0;
            var people = team ? count * capability.Persons : count;
            var created = new List<Member>(people);
            for (var i = 0; i < people; i++)
            {
                var number = numbers[prefix] = numbers.GetValueOrDefault(prefix) + 1;
                created.Add(Ok(Member.CreateHost(ev, agency, Person(random, agency, capability, $"{prefix}-{number.ToString("D6", CultureInfo.InvariantCulture)}", ev.Start), at)));
            }

            if (size > 0)
            {
                var first = units.Count(u => u.Unit.AgencyId == agency.Id);
                foreach (var (chunk, n) in created.Chunk(size).Select((c, n) => (c, n)))
                {
                    var unit = Ok(Unit.CreateHost(ev, agency, UnitName(agencyCode, capability, first + n + 1)));
                    foreach (var member in chunk)
                    {
                        Ok(unit.Enlist(member));
                    }

                    units.Add((unit, chunk));
                }
            }

            members.AddRange(created);
        }

        var absences = Leave(ev, members, random, at);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // A unit names its leader and its members their unit: the units go first without leaders, then the members,
        // then each unit's leader (its first member).
        await BulkInsert.WriteAsync(db, [.. units.Select(u => u.Unit)], cancellationToken);
        await BulkInsert.WriteAsync(db, members, cancellationToken);
        await BulkInsert.WriteAsync(db, absences, cancellationToken);
        foreach (var (unit, unitMembers) in units)
        {
            db.Units.Attach(unit);
            Ok(unit.Assign(unitMembers, unitMembers, unitMembers[0]));
        }

        await db.SaveChangesAsOneAuditEntryAsync("DemoHostForcesSeeded", "Event", ev.Id.ToString(), new
        {
            ev.Code,
            members = members.Count,
            dogs = members.Count(m => m.IsCanineTeam),
            units = units.Count,
            absences = absences.Count,
        }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static MemberDetails Person(Random random, Agency agency, Capability capability, string number, DateOnly eventStart)
    {
        var female = random.NextDouble() < (agency.Kind == AgencyKind.Military ? 0.16 : 0.3);
        var family = Families[random.Next(Families.Length)];
        var given = female ? Women[random.Next(Women.Length)] : Men[random.Next(Men.Length)];
        var (service, ranks) = agency.Code switch
        {
            "fr-gn" or "fr-gm" => (agency.Name, GendarmerieRanks),
            "fr-sentinelle" => ("Armée de terre", ArmyRanks),
            "fr-bspp" => (agency.Name, FirefighterRanks),
            "fr-dgscgc" => ("Sécurité civile", CivilProtectionRanks),
            "fr-dcis" => (agency.Name, LiaisonRanks),
            _ => (agency.Name, PoliceRanks),
        };
        var interpreter = capability.Kind == CapabilityKind.Interpreter;
        var armed = !interpreter && capability.Kind is not (CapabilityKind.CbrnTeam or CapabilityKind.LiaisonOfficer);
        var dog = capability.Dogs > 0
            ? new CanineDetails(DogNames[random.Next(DogNames.Length)], DogBreeds[random.Next(DogBreeds.Length)], DetectionSpeciality.Explosives,
                eventStart.AddDays(-random.Next(40, 400)), $"250{random.NextInt64(100_000_000_000, 999_999_999_999).ToString(CultureInfo.InvariantCulture)}")
            : null;
        return new MemberDetails(family, given, interpreter ? null : ranks[random.Next(ranks.Length)], service, capability.Id,
            new DateOnly(1966, 1, 1).AddDays(random.Next(0, 36 * 365)), null,
            $"+33 6 {random.Next(10, 100)} {random.Next(10, 100)} {random.Next(10, 100)} {random.Next(10, 100)}",
            number, null, Languages(random, capability), [], armed, armed ? WeaponAuthorisation.Granted : WeaponAuthorisation.NotRequired,
            random.NextDouble() < 0.9 ? ["B"] : ["B", "C"], dog);
    }

    private static List<LanguageSkill> Languages(Random random, Capability capability)
    {
        var skills = new List<LanguageSkill> { new("fr", LanguageLevel.Native) };
        var foreignFacing = capability.Kind is CapabilityKind.LiaisonOfficer or CapabilityKind.Interpreter;
        if (foreignFacing || random.NextDouble() < 0.55)
        {
            skills.Add(new LanguageSkill("en", foreignFacing ? LanguageLevel.C1 : (LanguageLevel)random.Next((int)LanguageLevel.A2, (int)LanguageLevel.C1 + 1)));
        }

        if (foreignFacing || random.NextDouble() < 0.08)
        {
            var other = SecondLanguages[random.Next(SecondLanguages.Length)];
            skills.Add(new LanguageSkill(other, capability.Kind == CapabilityKind.Interpreter ? LanguageLevel.C2 : (LanguageLevel)random.Next((int)LanguageLevel.B1, (int)LanguageLevel.C1 + 1)));
        }

        return skills;
    }

    private static string UnitName(string agency, Capability capability, int n) => (agency, capability.Kind) switch
    {
        ("fr-crs", _) => $"CRS {n}",
        ("fr-gm", _) => $"Escadron de gendarmerie mobile {n}",
        (_, CapabilityKind.GendarmeSquad) => $"Peloton {n}",
        (_, CapabilityKind.MilitarySection) => $"Section Sentinelle {n}",
        (_, CapabilityKind.EodTeam) => $"Équipe de déminage {n}",
        (_, CapabilityKind.CbrnTeam) => $"Équipe NRBC {n}",
        (_, CapabilityKind.ExplosiveDetectionCanineTeam) => $"Groupe cynophile {n}",
        _ => $"Unité {n}",
    };

    /// <summary>One member in fifty takes two to four days of leave during the Games, announced a month ahead.</summary>
    private static List<Absence> Leave(Event ev, List<Member> members, Random random, DateTime at)
    {
        var days = ev.End.DayNumber - ev.Start.DayNumber;
        var absences = new List<Absence>(members.Count / 50 + 1);
        for (var i = 49; i < members.Count; i += 50)
        {
            var first = ev.Start.AddDays(random.Next(0, Math.Max(1, days - 3)));
            var from = ev.StartOfDayUtc(first);
            absences.Add(Ok(Absence.Report(ev, members[i], AbsenceKind.Leave, from, ev.StartOfDayUtc(first.AddDays(random.Next(2, 5))), "Congés", Seeder, at)));
        }

        return absences;
    }

    private static T Ok<T>(Domain.Common.Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException("Demo host forces break a rule: " + string.Join("; ", result.Errors));
}
