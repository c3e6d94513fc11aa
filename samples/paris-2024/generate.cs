// Paris 2024 demo scenario generator.
//
// Reads the public facts copied into reference/ (venues.csv, seine_route.csv, olympic_days.csv, FACTS.md)
// and writes scenario.json next to this file, then prints the per-day totals at the alert level in force.
// Deterministic: the same inputs always give the same bytes.
//
//   dotnet run samples/paris-2024/generate.cs          (from the repository root)
//
// The staffing model (budgets per site and day, split into shifts and capabilities) is described in README.md.

using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

var here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Path.Combine("samples", "paris-2024");
var reference = Path.Combine(here, "reference");
var venueRows = Csv.Read(Path.Combine(reference, "venues.csv"));
var routeRows = Csv.Read(Path.Combine(reference, "seine_route.csv"));
var olympicDays = Csv.Read(Path.Combine(reference, "olympic_days.csv"))
    .ToDictionary(r => DateOnly.Parse(r["date"], CultureInfo.InvariantCulture), r => r["venue_codes"].Split(' '));

// ------------------------------------------------------------------------------------------------ event
var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
var eventStart = new DateOnly(2024, 7, 18);   // anti-terror perimeter around the Seine from 18 July (FACTS.md)
var eventEnd = new DateOnly(2024, 9, 8);      // Paralympic closing ceremony
var olympics = (Code: "olympics", Name: "Olympic Games", Start: new DateOnly(2024, 7, 26), End: new DateOnly(2024, 8, 11));
var paralympics = (Code: "paralympics", Name: "Paralympic Games", Start: new DateOnly(2024, 8, 28), End: new DateOnly(2024, 9, 8));
var openingCeremony = new DateOnly(2024, 7, 26);
var olympicClosing = new DateOnly(2024, 8, 11);
var paralympicOpening = new DateOnly(2024, 8, 28);
var paralympicClosing = new DateOnly(2024, 9, 8);
var firstMatchDay = olympicDays.Keys.Min();   // 24 July: football and rugby sevens before the opening ceremony

var eventNode = new JsonObject
{
    ["code"] = "paris-2024",
    ["name"] = "Paris 2024 Olympic and Paralympic Games",
    ["description"] = "Security period of the Paris 2024 Olympic and Paralympic Games, from the anti-terror perimeter "
        + "around the Seine (18 July 2024) to the Paralympic closing ceremony (8 September 2024). The Olympic phase "
        + "starts with the opening ceremony on the Seine on 26 July, but football and rugby sevens matches started "
        + "on 24 July. Demo data built from public facts (see samples/paris-2024/README.md).",
    ["hostCountry"] = "FR",
    ["timeZone"] = zone.Id,
    ["start"] = Iso(eventStart),
    ["end"] = Iso(eventEnd),
    ["phases"] = new JsonArray(
        new JsonObject { ["code"] = olympics.Code, ["name"] = olympics.Name, ["start"] = Iso(olympics.Start), ["end"] = Iso(olympics.End) },
        new JsonObject { ["code"] = paralympics.Code, ["name"] = paralympics.Name, ["start"] = Iso(paralympics.Start), ["end"] = Iso(paralympics.End) }),
};

// ------------------------------------------------------------------------------------------------ alert scale
(string Code, string Name, int Rank, string Color, string Description)[] levels =
[
    ("vigilance", "Vigilance", 1, "#F2C200", "Permanent security posture."),
    ("securite-renforcee", "Sécurité renforcée – risque attentat", 2, "#F08A00",
        "Heightened terrorist threat; measures reinforced for a period or a place."),
    ("urgence-attentat", "Urgence attentat", 3, "#D7263D",
        "Highest level: attack imminent or just committed. In force from 24 March 2024 through the Games."),
];
const string Vigilance = "vigilance";
const string UrgenceAttentat = "urgence-attentat";
var currentLevel = UrgenceAttentat;

var alertScaleNode = new JsonObject
{
    ["code"] = "vigipirate",
    ["name"] = "Vigipirate",
    ["levels"] = new JsonArray(levels.Select(l => (JsonNode)new JsonObject
    {
        ["code"] = l.Code, ["name"] = l.Name, ["rank"] = l.Rank, ["color"] = l.Color, ["description"] = l.Description,
    }).ToArray()),
    ["currentLevel"] = currentLevel,
};

// ------------------------------------------------------------------------------------------------ host agencies
(string Code, string Name, string Kind, string? Parent)[] agencies =
[
    ("fr-mi", "Ministère de l'Intérieur et des Outre-mer", "ministry", null),
    ("fr-pn", "Police nationale", "police", "fr-mi"),
    ("fr-crs", "Compagnies républicaines de sécurité (CRS)", "police", "fr-pn"),
    ("fr-gn", "Gendarmerie nationale", "gendarmerie", "fr-mi"),
    ("fr-gm", "Gendarmerie mobile", "gendarmerie", "fr-gn"),
    ("fr-pp", "Préfecture de police", "police", "fr-mi"),
    ("fr-dcis", "Direction de la coopération internationale de sécurité (DCIS)", "other", "fr-mi"),
    ("fr-dgscgc", "Direction générale de la sécurité civile et de la gestion des crises", "civil-protection", "fr-mi"),
    ("fr-minarm", "Ministère des Armées", "ministry", null),
    ("fr-sentinelle", "Opération Sentinelle", "military", "fr-minarm"),
    ("fr-bspp", "Brigade de sapeurs-pompiers de Paris", "civil-protection", "fr-minarm"),
];
var agenciesNode = new JsonArray(agencies.Select(a =>
{
    var o = new JsonObject { ["code"] = a.Code, ["name"] = a.Name, ["kind"] = a.Kind };
    if (a.Parent is not null) o["parent"] = a.Parent;
    return (JsonNode)o;
}).ToArray());

// ------------------------------------------------------------------------------------------------ capabilities
// Force says in which total a capability's persons are counted: police and gendarmes, soldiers, or civilians.
Capability[] capabilities =
[
    new("patrol-officer", "Patrol police officer", "patrol-officer", 3, 1, 0, Force.Police,
        "One uniformed police officer or gendarme on foot patrol. Foreign officers fill these in joint patrols with French officers."),
    new("public-order-unit", "Public-order unit (CRS company or gendarmerie mobile squadron)", "public-order-unit", 1, 72, 0, Force.Police,
        "A deployable CRS company or gendarmerie mobile squadron: about 72 officers with vehicles, for crowd control and perimeters."),
    new("gendarme-squad", "Gendarme squad", "gendarme-squad", 2, 8, 0, Force.Police,
        "Eight gendarmes (departmental or reserve gendarmerie) for checkpoints, perimeters and patrols."),
    new("military-section", "Military section (Opération Sentinelle)", "military-section", 2, 30, 0, Force.Military,
        "About 30 soldiers of Opération Sentinelle for dissuasive patrols and static protection."),
    new("k9-edd-police", "Explosive-detection canine team (police/gendarmerie)", "explosive-detection-canine-team", 1, 1, 1, Force.Police,
        "One certified handler and one explosive-detection dog, for screening spectators, vehicles and venues."),
    new("k9-edd-military", "Military explosive-detection dog team", "explosive-detection-canine-team", 2, 1, 1, Force.Military,
        "One military handler and one explosive-detection dog (the Defence Ministry asked partners for such teams)."),
    new("eod-team", "Bomb-disposal (EOD) team", "eod-team", 1, 3, 0, Force.Police,
        "Three bomb-disposal technicians with equipment, on call at the site."),
    new("cbrn-team", "CBRN detection and decontamination team", "cbrn-team", 1, 6, 0, Force.Military,
        "Six specialists for chemical, biological, radiological and nuclear detection and first decontamination."),
    new("liaison-officer", "Liaison officer / spotter", "liaison-officer", 2, 1, 0, Force.Police,
        "Officer who knows the visitors of a country (language, supporters' habits) and links their police with the site commander."),
    new("interpreter", "Interpreter", "interpreter", 3, 1, 0, Force.Civilian,
        "Civilian interpreter for joint patrols and visitors."),
];
var capabilityByCode = capabilities.ToDictionary(c => c.Code);

// ------------------------------------------------------------------------------------------------ sites
// The opening-ceremony route: a parent site and one sector per bridge-to-bridge stretch of seine_route.csv.
// The route's ends are the two ceremony rows of venues.csv that sit on a route point (start and Trocadero).
var route = routeRows.Select(r => new RoutePoint(int.Parse(r["order"], CultureInfo.InvariantCulture), ShortName(r["name"]), r["name"],
    Num(r["lat"]), Num(r["lon"]))).OrderBy(p => p.Order).ToList();
var bridges = route.Where(p => !p.Name.StartsWith("Trocadero", StringComparison.Ordinal)).ToList();   // 18 bridges, 17 stretches
const int SeineSpectators = 326_000;   // FACTS.md: 104,000 paid lower quays + 222,000 invited upper quays
const double QuayHalfWidthMetres = 100; // river (~120 m) plus lower and upper quays on both banks
var (leftBank, rightBank) = Corridor(bridges, QuayHalfWidthMetres);
var stretchLengths = Enumerable.Range(0, bridges.Count - 1).Select(i => Metres(bridges[i], bridges[i + 1])).ToList();

var sites = new List<Site>();
const string SeineCode = "SEINE-OC";
var middle = bridges[bridges.Count / 2];   // the site's point: the middle bridge of the route
sites.Add(new Site(SeineCode, "Seine opening ceremony route", "venue", "Paris", middle.Lat, middle.Lon,
    SeineSpectators, null,
    "Opening ceremony of 26 July 2024: river parade of about 94 boats over about 6 km from Pont d'Austerlitz to Pont d'Iéna, "
        + "finale at the Trocadéro; 326,000 spectators (104,000 paid on the lower quays, 222,000 invited on the upper quays); "
        + "anti-terror perimeter from 18 July. Parent of the ceremony sectors.",
    leftBank.Concat(Enumerable.Reverse(rightBank)).ToList()));

var onRoute = venueRows.Where(v => v["kind"] == "ceremony" && route.Any(p => Metres(p, Pt(v)) < 50)).ToList();
var routeStart = onRoute.Single(v => Metres(route[0], Pt(v)) < 50);
var routeEnd = onRoute.Single(v => Metres(route[^1], Pt(v)) < 50);
sites.Add(FromCsv(routeStart, "ceremony-sector", SeineCode));
var stretchCodes = new List<string>();
for (var i = 0; i < bridges.Count - 1; i++)
{
    var (a, b) = (bridges[i], bridges[i + 1]);
    var code = $"{SeineCode}-{i + 1:00}";
    stretchCodes.Add(code);
    var spectators = (int)Math.Round(SeineSpectators * stretchLengths[i] / stretchLengths.Sum() / 100) * 100;
    sites.Add(new Site(code, $"Seine route {i + 1:00}: {a.Name} – {b.Name}", "ceremony-sector", "Paris",
        Math.Round((a.Lat + b.Lat) / 2, 5), Math.Round((a.Lon + b.Lon) / 2, 5), spectators, SeineCode,
        $"Opening-ceremony sector {i + 1} of {bridges.Count - 1}: quays and bridges between {a.FullName} and {b.FullName}, "
            + $"about {Math.Round(stretchLengths[i] / 10) * 10:0} m. Capacity is the route's 326,000 spectators shared by length.",
        [leftBank[i], leftBank[i + 1], rightBank[i + 1], rightBank[i]]));
}
sites.Add(FromCsv(routeEnd, "ceremony-sector", SeineCode));

// Every other row of venues.csv, in file order. The four Concorde competition sites are sectors of the Concorde urban park.
foreach (var v in venueRows.Where(v => !onRoute.Contains(v)))
{
    var kind = v["kind"] switch
    {
        "competition" => "venue",
        "village" => "village",
        "fan_zone" => "fan-zone",
        "ceremony" => "venue",   // ceremonies away from the Seine route (stadium, Concorde)
        "other" when v["sports"].Contains("hub", StringComparison.OrdinalIgnoreCase)
                  || v["sports"].StartsWith("Airport", StringComparison.Ordinal) => "transport-hub",
        "other" => "other",       // command posts and the military base camp
        var k => throw new InvalidDataException($"venues.csv: unknown kind '{k}'"),
    };
    var parent = Regex.IsMatch(v["id"], "^LC[0-9]$") ? "LCO" : null;
    sites.Add(FromCsv(v, kind, parent));
}
var siteByCode = sites.ToDictionary(s => s.Code);

// Paralympic competition venues: a sport code starting with P other than the ceremonies POC and PCC (PATH, PSWM, ...).
var paraVenues = venueRows
    .Where(v => v["kind"] == "competition"
        && Regex.Matches(v["sports"], @"\(([A-Z0-9]+)\)").Any(m => m.Groups[1].Value.StartsWith('P') && m.Groups[1].Value is not ("POC" or "PCC")))
    .Select(v => v["id"]).ToList();
foreach (var code in paraVenues)
    if (!venueRows.Single(v => v["id"] == code)["source"].Contains("PG", StringComparison.Ordinal))
        throw new InvalidDataException($"{code} has Para sports but venues.csv does not mark it PG");

// ------------------------------------------------------------------------------------------------ staffing model
// A duty is one site on one day with a budget of police and gendarmes and a budget of soldiers, both at Vigilance.
// A profile splits the budgets into shifts and capabilities (shares of the budget; units rounded, at least Min).
// At Urgence attentat the flexible capabilities are multiplied by their uplift; rows are written only where it changes.
var uplift = new Dictionary<string, double>
{
    ["patrol-officer"] = 1.35, ["public-order-unit"] = 1.35, ["k9-edd-police"] = 1.5,
    ["military-section"] = 1.3,
};

// Shifts: police 06-14, 14-22, 22-06 local; military 12 h 07-19, 19-07; W is the duty's own window (ceremonies).
var shifts = new Dictionary<string, (TimeOnly Start, int Hours)>
{
    ["M"] = (new TimeOnly(6, 0), 8), ["A"] = (new TimeOnly(14, 0), 8), ["N"] = (new TimeOnly(22, 0), 8),
    ["D"] = (new TimeOnly(7, 0), 12), ["X"] = (new TimeOnly(19, 0), 12),
};

// Profiles: capability, shift, share of the police budget (or of the soldier budget for military capabilities), minimum units.
var profiles = new Dictionary<string, Line[]>
{
    ["venue"] =
    [
        new("patrol-officer", "M", .17), new("patrol-officer", "A", .24),     // at night: private security and soldiers
        new("public-order-unit", "M", .12), new("public-order-unit", "A", .20),
        new("gendarme-squad", "M", .09), new("gendarme-squad", "A", .11),
        new("k9-edd-police", "A", .01, 1),
        new("eod-team", "M", .01, 1), new("eod-team", "A", .01, 1),
        new("liaison-officer", "A", .02, 1),
        new("interpreter", "A", .005, 1),
        new("military-section", "D", .62), new("military-section", "X", .32),
        new("k9-edd-military", "D", .02),
        new("cbrn-team", "D", .04),
    ],
    ["village"] =
    [
        new("patrol-officer", "M", .14), new("patrol-officer", "A", .15), new("patrol-officer", "N", .11),
        new("public-order-unit", "M", .09), new("public-order-unit", "A", .11), new("public-order-unit", "N", .06),
        new("gendarme-squad", "M", .09), new("gendarme-squad", "A", .09), new("gendarme-squad", "N", .07),
        new("k9-edd-police", "M", .007, 1), new("k9-edd-police", "A", .007, 1), new("k9-edd-police", "N", .004, 1),
        new("eod-team", "M", .005, 1), new("eod-team", "A", .005, 1), new("eod-team", "N", .005, 1),
        new("liaison-officer", "M", .02, 1), new("liaison-officer", "A", .02, 1),
        new("interpreter", "M", .005, 1), new("interpreter", "A", .005, 1),
        new("military-section", "D", .50), new("military-section", "X", .40),
        new("k9-edd-military", "D", .03), new("cbrn-team", "D", .05, 1),
    ],
    ["fan-zone"] =
    [
        new("patrol-officer", "M", .06), new("patrol-officer", "A", .30), new("patrol-officer", "N", .16),
        new("public-order-unit", "A", .20), new("public-order-unit", "N", .10),
        new("gendarme-squad", "A", .06), new("gendarme-squad", "N", .04),
        new("k9-edd-police", "A", .01, 1),
        new("eod-team", "A", .01, 1),
        new("liaison-officer", "A", .05, 1),
        new("interpreter", "A", .01, 1),
        new("military-section", "D", .40), new("military-section", "X", .55),
        new("k9-edd-military", "D", .03),
    ],
    ["transport-hub"] =
    [
        new("patrol-officer", "M", .24), new("patrol-officer", "A", .27), new("patrol-officer", "N", .14),
        new("public-order-unit", "A", .15),
        new("gendarme-squad", "A", .12),
        new("k9-edd-police", "M", .005, 1), new("k9-edd-police", "A", .005, 1),
        new("eod-team", "A", .01, 1),
        new("liaison-officer", "A", .05, 1),
        new("interpreter", "A", .01, 1),
        new("military-section", "D", .55), new("military-section", "X", .40),
        new("k9-edd-military", "D", .03),
    ],
    ["command"] =
    [
        new("patrol-officer", "M", .30), new("patrol-officer", "A", .30), new("patrol-officer", "N", .20),
        new("liaison-officer", "M", .10, 1), new("liaison-officer", "A", .10, 1),
        new("interpreter", "M", .02, 1), new("interpreter", "A", .02, 1),
    ],
    ["camp"] = [new("military-section", "D", .50), new("military-section", "X", .50)],
    ["perimeter"] =   // the anti-terror perimeter along the Seine before the opening ceremony
    [
        new("patrol-officer", "M", .27), new("patrol-officer", "A", .27), new("patrol-officer", "N", .15),
        new("gendarme-squad", "M", .10), new("gendarme-squad", "A", .10), new("gendarme-squad", "N", .10),
        new("k9-edd-police", "M", .01, 1),
        new("military-section", "D", .50), new("military-section", "X", .50),
    ],
    ["ceremony"] =    // one window per ceremony site
    [
        new("patrol-officer", "W", .39), new("public-order-unit", "W", .35), new("gendarme-squad", "W", .21),
        new("k9-edd-police", "W", .015, 1), new("eod-team", "W", .01, 1), new("liaison-officer", "W", .015, 1),
        new("interpreter", "W", .005, 1),
        new("military-section", "W", .90), new("k9-edd-military", "W", .03), new("cbrn-team", "W", .05, 1),
    ],
};

// Budgets (persons per day at Vigilance); see README.md for where each figure comes from.
const double VenueBase = 340, VenuePerSeat = 0.018, UnknownCapacity = 10_000;    // competition venues
const double OlympicSoldierRatio = 0.22, ParalympicSoldierRatio = 0.33;          // soldiers per police officer at venues
const double ParalympicVenueFactor = 0.9;                                       // smaller crowds
const double CeremonyPolicePerSpectator = 0.072, CeremonySoldiersPerSpectator = 0.014;
const double StadiumCeremonyPolicePerSpectator = 0.045, StadiumCeremonySoldiersPerSpectator = 0.012;
var baseline = new Dictionary<string, (string Profile, double Police, double Soldiers)>
{
    ["OLV"] = ("village", 1800, 500), ["MDV"] = ("village", 350, 100),
    ["FZ-CLF"] = ("fan-zone", 700, 180), ["FZ-HDV"] = ("fan-zone", 400, 150),
    ["FZ-PDC"] = ("fan-zone", 550, 180), ["FZ-GVA"] = ("fan-zone", 350, 120),
    ["OTH-GDN"] = ("transport-hub", 1100, 330), ["OTH-GDL"] = ("transport-hub", 700, 240),
    ["OTH-CDG"] = ("transport-hub", 1200, 360), ["OTH-ORY"] = ("transport-hub", 700, 240),
    ["OTH-PP"] = ("command", 250, 0), ["OTH-BEAUVAU"] = ("command", 80, 0),
    ["OTH-CAMP"] = ("camp", 0, 150),
};
const double OffPhaseBaselineFactor = 0.4;       // outside the phases (village, hubs, command posts)
const double PerimeterPolice = 80, PerimeterSoldiers = 30;                       // per Seine sector and day, 18-26 July

// Ceremony windows (local time). End after midnight belongs to the next day; clipped to the event's end.
var ceremonies = new (string Site, DateOnly Day, TimeOnly From, TimeOnly To, string Note)[]
{
    ("", openingCeremony, new(16, 0), new(0, 30),
        "Opening ceremony: river parade from 19:30 to about 23:15; spectators' access from 16:00, dispersal until 00:30."),
    ("CER-OCC", olympicClosing, new(17, 0), new(1, 0), "Olympic closing ceremony at the Stade de France (21:00)."),
    ("CER-POC", paralympicOpening, new(16, 0), new(0, 30), "Paralympic opening ceremony, Champs-Élysées and Place de la Concorde (20:00)."),
    ("CER-PCC", paralympicClosing, new(17, 0), new(1, 0), "Paralympic closing ceremony at the Stade de France (20:30); window ends with the event."),
};

var duties = new List<Duty>();
for (var day = eventStart; day <= eventEnd; day = day.AddDays(1))
{
    var inOlympics = day >= olympics.Start && day <= olympics.End;
    var inParalympics = day >= paralympics.Start && day <= paralympics.End;

    // Baseline sites, the same budget in both phases. Fan zones are open during the phases (the Terrasse des Jeux also
    // before: it opened on 14 July); the village, hubs and command posts are staffed every day, lighter outside the phases.
    foreach (var (code, (profile, police, soldiers)) in baseline)
    {
        var open = inOlympics || inParalympics || profile != "fan-zone" || (code == "FZ-HDV" && day < olympics.Start);
        if (!open) continue;
        var factor = inOlympics || inParalympics || profile is "camp" or "fan-zone" ? 1.0 : OffPhaseBaselineFactor;
        var priority = profile switch { _ when code == "OLV" => 1, "transport-hub" => 2, "village" or "fan-zone" => 3, _ => 4 };
        duties.Add(new Duty(code, day, profile, police * factor, soldiers * factor, priority));
    }

    // Competition venues: Olympic days from olympic_days.csv (from 24 July); Paralympic venues every competition day.
    var active = olympicDays.TryGetValue(day, out var codes) ? codes
        : day > paralympics.Start && day <= paralympics.End ? paraVenues.ToArray() : [];
    foreach (var code in active)
    {
        var venue = siteByCode[code];
        var police = VenueBase + VenuePerSeat * (venue.Capacity ?? UnknownCapacity);
        var soldiers = police * OlympicSoldierRatio;
        if (inParalympics) (police, soldiers) = (police * ParalympicVenueFactor, police * ParalympicVenueFactor * ParalympicSoldierRatio);
        duties.Add(new Duty(code, day, "venue", police, soldiers, 2));
    }

    // The anti-terror perimeter along the Seine, 18 July up to the morning of the ceremony.
    if (day <= openingCeremony)
        foreach (var code in stretchCodes.Prepend(routeStart["id"]).Append(routeEnd["id"]))
            duties.Add(new Duty(code, day, "perimeter", PerimeterPolice, PerimeterSoldiers, 2, OnlyShifts: day == openingCeremony ? ["M", "D"] : null));

    // Ceremonies, priority 1.
    foreach (var c in ceremonies.Where(c => c.Day == day))
    {
        if (c.Site == "")
        {
            // Opening ceremony: every sector of the route; budgets follow spectators (embarkation sector: fixed).
            foreach (var s in sites.Where(s => s.Parent == SeineCode))
            {
                var (police, soldiers) = s.Code == routeStart["id"] ? (900.0, 150.0)
                    : (CeremonyPolicePerSpectator * s.Capacity!.Value, CeremonySoldiersPerSpectator * s.Capacity!.Value);
                duties.Add(new Duty(s.Code, day, "ceremony", police, soldiers, 1, Window: (c.From, c.To), Note: c.Note));
            }
        }
        else
        {
            var capacity = siteByCode[c.Site].Capacity!.Value;
            var perSpectator = c.Site == "CER-POC" ? (CeremonyPolicePerSpectator, CeremonySoldiersPerSpectator)
                : (StadiumCeremonyPolicePerSpectator, StadiumCeremonySoldiersPerSpectator);
            duties.Add(new Duty(c.Site, day, "ceremony", perSpectator.Item1 * capacity, perSpectator.Item2 * capacity, 1,
                Window: (c.From, c.To), Note: c.Note));
        }
    }
}

// Some sites keep their own clock: shifts at Teahupo'o follow Tahiti time and are written in Paris time.
var siteZones = new Dictionary<string, TimeZoneInfo> { ["TAH"] = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Tahiti") };
var eventEndExclusive = new DateTimeOffset(eventEnd.AddDays(1).ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(eventEnd.AddDays(1).ToDateTime(TimeOnly.MinValue)));
var lastMinute = eventEndExclusive.AddMinutes(-1);   // windows that would run past the event end stop at 23:59

var requirements = new List<Requirement>();
foreach (var duty in duties)
{
    foreach (var line in profiles[duty.Profile])
    {
        if (duty.OnlyShifts is not null && !duty.OnlyShifts.Contains(line.Shift)) continue;
        var capability = capabilityByCode[line.Capability];
        var budget = capability.Force == Force.Military ? duty.Soldiers : duty.Police;
        if (budget <= 0) continue;

        var siteZone = siteZones.GetValueOrDefault(duty.Site, zone);
        var (from, hours) = line.Shift == "W"
            ? (duty.Window!.Value.From, (duty.Window.Value.To.ToTimeSpan() - duty.Window.Value.From.ToTimeSpan() + TimeSpan.FromDays(1)).TotalHours % 24)
            : shifts[line.Shift];
        var startLocal = duty.Day.ToDateTime(from);
        var start = TimeZoneInfo.ConvertTime(new DateTimeOffset(startLocal, siteZone.GetUtcOffset(startLocal)), zone);
        var end = TimeZoneInfo.ConvertTime(start.AddHours(hours), zone);
        if (end > lastMinute) end = lastMinute;
        if (end <= start) continue;

        var vigilance = Units(budget * line.Share, capability.Persons, line.Min);
        var urgence = Units(budget * line.Share * uplift.GetValueOrDefault(line.Capability, 1.0), capability.Persons, line.Min);
        if (vigilance > 0) requirements.Add(new Requirement(duty.Site, line.Capability, Vigilance, start, end, vigilance, duty.Priority, duty.Note));
        if (urgence != vigilance) requirements.Add(new Requirement(duty.Site, line.Capability, UrgenceAttentat, start, end, urgence, duty.Priority, duty.Note));
    }
}

// ------------------------------------------------------------------------------------------------ checks
var eventStartInstant = new DateTimeOffset(eventStart.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(eventStart.ToDateTime(TimeOnly.MinValue)));
var problems = new List<string>();
var codePattern = new Regex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");
void Unique(string list, IEnumerable<string> codes)
{
    foreach (var c in codes.GroupBy(c => c).Where(g => g.Count() > 1)) problems.Add($"{list}: duplicate code {c.Key}");
    foreach (var c in codes.Where(c => !codePattern.IsMatch(c))) problems.Add($"{list}: bad code {c}");
}
Unique("levels", levels.Select(l => l.Code));
Unique("agencies", agencies.Select(a => a.Code));
Unique("capabilities", capabilities.Select(c => c.Code));
Unique("sites", sites.Select(s => s.Code));
Unique("phases", [olympics.Code, paralympics.Code]);
foreach (var (code, _, from, to) in new[] { olympics, paralympics })
    if (from < eventStart || to > eventEnd || to < from) problems.Add($"phase {code} outside the event");
if (!levels.Zip(levels.Skip(1)).All(p => p.First.Rank < p.Second.Rank)) problems.Add("alert ranks must increase");
if (!levels.Any(l => l.Code == currentLevel)) problems.Add("current level unknown");
foreach (var a in agencies.Where(a => a.Parent is not null && !agencies.Any(p => p.Code == a.Parent))) problems.Add($"agency {a.Code}: unknown parent");
foreach (var s in sites.Where(s => s.Parent is not null))
{
    if (!siteByCode.TryGetValue(s.Parent!, out var p)) problems.Add($"site {s.Code}: unknown parent {s.Parent}");
    else if (p.Parent is not null) problems.Add($"site {s.Code}: parent {p.Code} is itself a sector");
}
foreach (var (code, _) in baseline) if (!siteByCode.ContainsKey(code)) problems.Add($"baseline: unknown site {code}");
foreach (var (day, codes) in olympicDays)
    foreach (var c in codes.Where(c => !siteByCode.ContainsKey(c))) problems.Add($"olympic_days {day}: unknown venue {c}");
var levelCodes = levels.Select(l => l.Code).ToHashSet();
foreach (var r in requirements)
{
    if (!siteByCode.ContainsKey(r.Site)) problems.Add($"requirement: unknown site {r.Site}");
    if (!capabilityByCode.ContainsKey(r.Capability)) problems.Add($"requirement: unknown capability {r.Capability}");
    if (!levelCodes.Contains(r.Level)) problems.Add($"requirement: unknown level {r.Level}");
    if (r.Start < eventStartInstant || r.End > eventEndExclusive || r.End <= r.Start) problems.Add($"requirement outside the event: {r.Site} {r.Start:o}");
    if (r.Start.Offset != zone.GetUtcOffset(r.Start) || r.End.Offset != zone.GetUtcOffset(r.End)) problems.Add($"requirement: wrong offset {r.Site} {r.Start:o}");
    if (r.Quantity < 1 || r.Priority is < 1 or > 5) problems.Add($"requirement: bad quantity or priority {r.Site} {r.Start:o}");
}
foreach (var g in requirements.GroupBy(r => (r.Site, r.Capability, r.Level, r.Start, r.End)).Where(g => g.Count() > 1))
    problems.Add($"duplicate requirement {g.Key}");
if (problems.Count > 0)
{
    foreach (var p in problems) Console.Error.WriteLine(p);
    return 1;
}

// ------------------------------------------------------------------------------------------------ output
var json = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
var compact = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
var head = new JsonObject
{
    ["$schema"] = "../../docs/schemas/scenario.schema.json",
    ["formatVersion"] = "1.2",
    ["event"] = eventNode,
    ["alertScale"] = alertScaleNode,
    ["agencies"] = agenciesNode,
    ["capabilities"] = new JsonArray(capabilities.Select(c => (JsonNode)c.ToJson()).ToArray()),
    ["sites"] = new JsonArray(sites.Select(s => (JsonNode)s.ToJson()).ToArray()),
}.ToJsonString(json);
// Visitors (format 1.2): the first day of the men's football tournament, 24 July 2024, from the public fixture list;
// each team's supporters at its match, with the languages to speak with them (France's supporters need no interpreter).
(string Site, string Country, string[] Languages, string Match)[] fixtures =
[
    ("STE", "AR", ["es"], "Argentina - Morocco"), ("STE", "MA", ["ar", "fr"], "Argentina - Morocco"),
    ("PDP", "UZ", ["uz", "ru"], "Uzbekistan - Spain"), ("PDP", "ES", ["es"], "Uzbekistan - Spain"),
    ("PDP", "ML", ["fr"], "Mali - Israel"), ("PDP", "IL", ["he", "en"], "Mali - Israel"),
    ("MRS", "US", ["en"], "France - United States"),
    ("LYO", "IQ", ["ar"], "Iraq - Ukraine"), ("LYO", "UA", ["uk"], "Iraq - Ukraine"),
    ("BOR", "JP", ["ja"], "Japan - Paraguay"), ("BOR", "PY", ["es"], "Japan - Paraguay"),
];
var visitors = fixtures.Select(f => new JsonObject
{
    ["site"] = f.Site,
    ["day"] = "2024-07-24",
    ["country"] = f.Country,
    ["languages"] = new JsonArray(f.Languages.Select(l => (JsonNode)l).ToArray()),
    ["speakers"] = 2,
    ["note"] = $"Men's football: {f.Match}",
}.ToJsonString(compact));

// Requirements and visitors are written one per line to keep the file small and readable.
var text = new StringBuilder(head[..head.LastIndexOf('}')].TrimEnd())
    .Append(",\n  \"requirements\": [\n    ")
    .AppendJoin(",\n    ", requirements.Select(r => r.ToJson(zone).ToJsonString(compact)))
    .Append("\n  ],\n  \"visitors\": [\n    ")
    .AppendJoin(",\n    ", visitors)
    .Append("\n  ]\n}\n")
    .ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
var output = Path.Combine(here, "scenario.json");
File.WriteAllText(output, text, new UTF8Encoding(false));

// ------------------------------------------------------------------------------------------------ totals
// Persons on duty per local day at a level: for each (site, capability, start, end) the row with the highest level not
// above it applies; every person-shift counts once, on the day its shift starts.
var rank = levels.ToDictionary(l => l.Code, l => l.Rank);
Dictionary<DateOnly, Totals> TotalsAt(string level)
{
    var result = new Dictionary<DateOnly, Totals>();
    var applying = requirements.Where(r => rank[r.Level] <= rank[level])
        .GroupBy(r => (r.Site, r.Capability, r.Start, r.End))
        .Select(g => g.MaxBy(r => rank[r.Level])!);
    foreach (var r in applying)
    {
        var day = DateOnly.FromDateTime(r.Start.DateTime);
        var c = capabilityByCode[r.Capability];
        var t = result.GetValueOrDefault(day);
        var persons = r.Quantity * c.Persons;
        result[day] = t with
        {
            Police = t.Police + (c.Force == Force.Police ? persons : 0),
            Soldiers = t.Soldiers + (c.Force == Force.Military ? persons : 0),
            Civilians = t.Civilians + (c.Force == Force.Civilian ? persons : 0),
            Dogs = t.Dogs + r.Quantity * c.Dogs,
        };
    }
    return result;
}
var atCurrent = TotalsAt(currentLevel);
var atVigilance = TotalsAt(Vigilance);
var rowsPerDay = requirements.GroupBy(r => DateOnly.FromDateTime(r.Start.DateTime)).ToDictionary(g => g.Key, g => g.Count());

Console.WriteLine($"Wrote {output}: {sites.Count} sites, {requirements.Count} requirement rows "
    + $"({requirements.Count(r => r.Level == Vigilance)} at {Vigilance}, {requirements.Count(r => r.Level == UrgenceAttentat)} at {UrgenceAttentat}), "
    + $"{new FileInfo(output).Length / 1024} KiB.");
Console.WriteLine();
Console.WriteLine($"Persons on duty per day at the level in force ({currentLevel}); police+gendarmes also at {Vigilance}.");
Console.WriteLine();
Console.WriteLine("| date | day | venues | police+gendarmes | at vigilance | soldiers | dog teams | interpreters |");
Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
for (var day = eventStart; day <= eventEnd; day = day.AddDays(1))
{
    var label = day == openingCeremony ? "Olympics: opening ceremony"
        : day == olympicClosing ? "Olympics: closing ceremony"
        : day == paralympicOpening ? "Paralympics: opening ceremony"
        : day == paralympicClosing ? "Paralympics: closing ceremony"
        : day >= olympics.Start && day <= olympics.End ? "Olympics"
        : day >= paralympics.Start && day <= paralympics.End ? "Paralympics"
        : day >= firstMatchDay && day < olympics.Start ? "football/rugby before the opening"
        : day < olympics.Start ? "before the Games" : "between the Games";
    var t = atCurrent.GetValueOrDefault(day);
    var venues = duties.Count(d => d.Day == day && d.Profile == "venue");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {Iso(day)} {day.DayOfWeek.ToString()[..3]} | {label} | {venues} | {t.Police:N0} | {atVigilance.GetValueOrDefault(day).Police:N0} | {t.Soldiers:N0} | {t.Dogs:N0} | {t.Civilians:N0} |"));
}
Console.WriteLine();
void Average(string name, DateOnly from, DateOnly to)
{
    var days = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays).ToList();
    double Avg(Func<DateOnly, double> f) => days.Average(f);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name}: police+gendarmes {Avg(d => atCurrent.GetValueOrDefault(d).Police):N0}/day at {currentLevel} "
        + $"({Avg(d => atVigilance.GetValueOrDefault(d).Police):N0} at {Vigilance}, x{Avg(d => atCurrent.GetValueOrDefault(d).Police) / Avg(d => atVigilance.GetValueOrDefault(d).Police):0.00}), "
        + $"soldiers {Avg(d => atCurrent.GetValueOrDefault(d).Soldiers):N0}/day, rows {Avg(d => rowsPerDay.GetValueOrDefault(d)):N0}/day"));
}
Average("Olympic competition days 27 Jul-10 Aug", olympics.Start.AddDays(1), olympics.End.AddDays(-1));
Average("Paralympic competition days 29 Aug-7 Sep", paralympics.Start.AddDays(1), paralympics.End.AddDays(-1));
return 0;

// ------------------------------------------------------------------------------------------------ helpers
static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
static double Num(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
static RoutePoint Pt(Dictionary<string, string> v) => new(0, "", "", Num(v["lat"]), Num(v["lon"]));
static string ShortName(string name) => name.Split(" (")[0];
static int Units(double persons, int unitSize, int min) =>
    Math.Max(min, (int)Math.Round(persons / unitSize, MidpointRounding.AwayFromZero));

static Site FromCsv(Dictionary<string, string> v, string kind, string? parent)
{
    int? capacity = v["capacity"] == "" ? null : int.Parse(v["capacity"], CultureInfo.InvariantCulture);
    return new Site(v["id"], v["name"], kind, v["city"], Num(v["lat"]), Num(v["lon"]), capacity, parent,
        $"{v["sports"]}.", null);
}

// Distance in metres (equirectangular; fine at city scale).
static double Metres(RoutePoint a, RoutePoint b)
{
    var (x, y) = Local(b, a.Lat, a.Lon);
    return Math.Sqrt(x * x + y * y);
}
static (double X, double Y) Local(RoutePoint p, double lat0, double lon0) =>
    ((p.Lon - lon0) * 111_320 * Math.Cos(lat0 * Math.PI / 180), (p.Lat - lat0) * 110_574);

// Offsets each point of a polyline by the given distance to its left and right (perpendicular to the local direction).
static (List<GeoPoint> Left, List<GeoPoint> Right) Corridor(List<RoutePoint> line, double halfWidth)
{
    var (lat0, lon0) = (line[0].Lat, line[0].Lon);
    var xy = line.Select(p => Local(p, lat0, lon0)).ToList();
    var left = new List<GeoPoint>();
    var right = new List<GeoPoint>();
    for (var i = 0; i < xy.Count; i++)
    {
        var (ax, ay) = xy[Math.Max(0, i - 1)];
        var (bx, by) = xy[Math.Min(xy.Count - 1, i + 1)];
        var (dx, dy) = (bx - ax, by - ay);
        var length = Math.Sqrt(dx * dx + dy * dy);
        var (nx, ny) = (-dy / length * halfWidth, dx / length * halfWidth);
        GeoPoint At(double x, double y) => new(Math.Round(lat0 + y / 110_574, 5), Math.Round(lon0 + x / (111_320 * Math.Cos(lat0 * Math.PI / 180)), 5));
        left.Add(At(xy[i].X + nx, xy[i].Y + ny));
        right.Add(At(xy[i].X - nx, xy[i].Y - ny));
    }
    return (left, right);
}

enum Force { Police, Military, Civilian }

record Capability(string Code, string Name, string Kind, int TypeLevel, int Persons, int Dogs, Force Force, string Description)
{
    public JsonObject ToJson()
    {
        var o = new JsonObject { ["code"] = Code, ["name"] = Name, ["kind"] = Kind, ["typeLevel"] = TypeLevel, ["persons"] = Persons };
        if (Dogs > 0) o["dogs"] = Dogs;
        o["description"] = Description;
        return o;
    }
}

record GeoPoint(double Lat, double Lon)
{
    public JsonObject ToJson() => new() { ["lat"] = Lat, ["lon"] = Lon };
}

record RoutePoint(int Order, string Name, string FullName, double Lat, double Lon);

record Site(string Code, string Name, string Kind, string City, double Lat, double Lon, int? Capacity, string? Parent,
    string Description, List<GeoPoint>? Area)
{
    public JsonObject ToJson()
    {
        var o = new JsonObject { ["code"] = Code, ["name"] = Name, ["kind"] = Kind, ["city"] = City, ["location"] = new GeoPoint(Lat, Lon).ToJson() };
        if (Area is not null) o["area"] = new JsonArray(Area.Select(p => (JsonNode)p.ToJson()).ToArray());
        if (Parent is not null) o["parent"] = Parent;
        if (Capacity is not null) o["capacity"] = Capacity;
        o["description"] = Description;
        return o;
    }
}

record Line(string Capability, string Shift, double Share, int Min = 0);

record Duty(string Site, DateOnly Day, string Profile, double Police, double Soldiers, int Priority,
    (TimeOnly From, TimeOnly To)? Window = null, string? Note = null, string[]? OnlyShifts = null);

record Requirement(string Site, string Capability, string Level, DateTimeOffset Start, DateTimeOffset End, int Quantity, int Priority, string? Note)
{
    public JsonObject ToJson(TimeZoneInfo zone)
    {
        var o = new JsonObject
        {
            ["site"] = Site, ["capability"] = Capability, ["alertLevel"] = Level,
            ["start"] = Format(Start), ["end"] = Format(End), ["quantity"] = Quantity, ["priority"] = Priority,
        };
        if (Note is not null) o["note"] = Note;
        return o;
    }
    static string Format(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}

record struct Totals(int Police, int Soldiers, int Civilians, int Dogs);

static class Csv
{
    // Minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF line ends. Returns one dictionary per row.
    public static List<Dictionary<string, string>> Read(string path)
    {
        var text = File.ReadAllText(path);
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else field.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (ch == '\n' || ch == '\r')
            {
                if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                record.Add(field.ToString()); field.Clear();
                records.Add(record); record = [];
            }
            else field.Append(ch);
        }
        if (field.Length > 0 || record.Count > 0) { record.Add(field.ToString()); records.Add(record); }
        var header = records[0];
        return records.Skip(1).Where(r => r.Count > 1)
            .Select(r => header.Select((h, i) => (h, v: i < r.Count ? r[i] : "")).ToDictionary(p => p.h, p => p.v))
            .ToList();
    }
}
