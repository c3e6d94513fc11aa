using System.Globalization;
using Concordia.Domain.Capabilities;
using Concordia.Domain.Contingents;

namespace Concordia.Web.Features.Demo;

/// <summary>
/// Invents plausible people for the demo from a seeded random source: names in their community's own spelling (with
/// the Latin spelling where a badge needs it), languages that fit the community, ranks and services of police or
/// armed forces, documents and phones in the country's formats, dogs for canine teams. Same seed, same people.
/// </summary>
internal sealed class DemoPeople(Random random)
{
    private static readonly string[] DogNames = ["Rex", "Max", "Bruno", "Aron", "Dino", "Ares", "Zeus", "Luna", "Kira", "Nala", "Ajax", "Bolt", "Oskar", "Falco", "Ringo", "Tango", "Kaja", "Lupo", "Thor", "Odin"];
    private static readonly string[] Breeds = ["Malinois", "German Shepherd", "Labrador Retriever", "English Springer Spaniel", "Dutch Shepherd"];
    private static readonly string[] PoliceSkills = ["first aid", "crowd control", "community policing", "traffic control", "public-order training", "radio operator"];
    private static readonly string[] DogSkills = ["explosive detection", "vehicle search", "venue sweep", "crowd screening"];
    private static readonly string[] EodSkills = ["IED disposal", "EOD operator", "bomb-disposal robot", "CBRN awareness"];
    private static readonly string[] Levels = ["A2", "B1", "B2", "C1"];

    public MemberDetails Next(DemoCountry country, Capability capability, bool military, string personnelNumber, DateOnly submitted)
    {
        var community = country.Communities[random.Next(country.Communities.Count)];
        var female = random.NextDouble() < 0.3;
        var (family, familyLatin) = FamilyName(country, community, female);
        var (given, givenLatin) = Split(Pick(List(female ? community.Females : community.Males)));
        var latin = familyLatin is null && givenLatin is null ? null : $"{familyLatin ?? family} {givenLatin ?? given}";
        var interpreter = capability.Kind == CapabilityKind.Interpreter;
        var (services, ranks) = military && community.MilitaryServices is not null
            ? (community.MilitaryServices, community.MilitaryRanks!)
            : (community.PoliceServices, community.PoliceRanks);
        var armed = capability.Kind == CapabilityKind.PatrolOfficer && random.NextDouble() < 0.85;
        var dog = capability.Dogs > 0
            ? new CanineDetails(Pick(DogNames), Pick(Breeds), DetectionSpeciality.Explosives, submitted.AddDays(-random.Next(30, 300)),
                $"{country.Code}{random.NextInt64(1_000_000_000, 9_999_999_999).ToString(CultureInfo.InvariantCulture)}")
            : null;
        return new MemberDetails(family, given, interpreter ? null : Pick(List(ranks)), Pick(List(services)), capability.Id,
            new DateOnly(1968, 1, 1).AddDays(random.Next(0, 33 * 365)),
            $"{country.Code}{(char)('A' + random.Next(26))}{random.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture)}",
            $"+{country.PhoneCode} {random.Next(100, 999)} {random.Next(100, 999)} {random.Next(100, 999)}",
            personnelNumber, latin, Languages(community, capability), Skills(capability), armed,
            armed ? WeaponAuthorisation.Requested : WeaponAuthorisation.NotRequired,
            military ? (random.NextDouble() < 0.5 ? ["B", "C"] : ["B"]) : random.NextDouble() < 0.9 ? ["B"] : [],
            dog);
    }

    private (string Name, string? Latin) FamilyName(DemoCountry country, DemoCommunity community, bool female)
    {
        var first = Gendered(Pick(List(community.Families)), female);
        if (!country.TwoSurnames)
        {
            return Split(first);
        }

        var second = Gendered(Pick(List(community.Families)), female);
        return (second == first ? first : $"{first} {second}", null);
    }

    private IReadOnlyList<LanguageSkill> Languages(DemoCommunity community, Capability capability)
    {
        var native = new List<string> { community.Native };
        native.AddRange(DemoCountries.AlsoNative.GetValueOrDefault(community.Native) ?? []);
        var skills = native.Distinct().Select(code => new LanguageSkill(code, LanguageLevel.Native)).ToList();
        if (DemoCountries.FrancophoneSecond.Contains(community.Native) && !native.Contains("fr"))
        {
            skills.Add(new LanguageSkill("fr", Level(2, 4)));
        }

        if (!native.Contains("en"))
        {
            skills.Add(new LanguageSkill("en", Level(1, 4)));
        }

        // The police campaign asked for French or English speakers; many patrol officers have some French.
        if (!skills.Exists(s => s.Code == "fr") && capability.Kind is CapabilityKind.PatrolOfficer or CapabilityKind.Interpreter && random.NextDouble() < 0.6)
        {
            skills.Add(new LanguageSkill("fr", capability.Kind == CapabilityKind.Interpreter ? LanguageLevel.C2 : Level(0, 3)));
        }

        return skills;
    }

    private IReadOnlyList<string> Skills(Capability capability)
    {
        var pool = capability.Kind switch
        {
            CapabilityKind.ExplosiveDetectionCanineTeam => DogSkills,
            CapabilityKind.EodTeam => EodSkills,
            CapabilityKind.Interpreter => ["consecutive interpreting", "liaison interpreting"],
            _ => PoliceSkills,
        };
        return pool.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToList();
    }

    private LanguageLevel Level(int from, int to) => Enum.Parse<LanguageLevel>(Levels[random.Next(from, to)]);

    private string Pick(IReadOnlyList<string> items) => items[random.Next(items.Count)];

    private static string[] List(string items) => items.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string Gendered(string family, bool female) => family.Split('/') is [var male, var woman] ? (female ? woman : male) : family;

    private static (string Name, string? Latin) Split(string name) => name.Split(':') is [var native, var latin] ? (native, latin) : (name, null);
}
