// UEFA EURO 2024 (Germany) demo scenario generator.
//
// Writes scenario.json next to this file from the public facts listed below (stadiums, match schedule, fan zones,
// the International Police Cooperation Centre in Neuss) and prints the per-day totals at the alert level in force.
// Deterministic: the same program always gives the same bytes.
//
//   dotnet run samples/euro-2024/generate.cs          (from the repository root)

using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

var here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Path.Combine("samples", "euro-2024");
var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
var eventStart = new DateOnly(2024, 6, 14);
var eventEnd = new DateOnly(2024, 7, 14);
var groupStage = (Code: "group-stage", Name: "Group stage", Start: new DateOnly(2024, 6, 14), End: new DateOnly(2024, 6, 26));
var knockout = (Code: "knockout", Name: "Knockout stage", Start: new DateOnly(2024, 6, 29), End: new DateOnly(2024, 7, 14));

// ------------------------------------------------------------------------------------------------ alert scale
// Germany has no public national terrorism alert scale: this three-level scale is illustrative.
const string Illustrative = "Illustrative level for this demo: Germany has no public national terror alert scale.";
(string Code, string Name, int Rank, string Color, string Description)[] levels =
[
    ("normal", "Normale Gefährdungslage", 1, "#2E7D32", $"{Illustrative} Abstract threat, normal event policing."),
    ("erhoeht", "Erhöhte Gefährdungslage", 2, "#F9A825", $"{Illustrative} Heightened abstract threat (the situation described by the authorities in 2024)."),
    ("hoch", "Hohe Gefährdungslage", 3, "#C62828", $"{Illustrative} Concrete indications of a threat to the tournament."),
];
var currentLevel = "erhoeht";

// ------------------------------------------------------------------------------------------------ agencies
(string Code, string Name, string Kind, string? Parent)[] agencies =
[
    ("de-bmi", "Bundesministerium des Innern und für Heimat", "ministry", null),
    ("de-bpol", "Bundespolizei", "police", "de-bmi"),
    ("de-bka", "Bundeskriminalamt", "police", "de-bmi"),
    ("de-bbk", "Bundesamt für Bevölkerungsschutz und Katastrophenhilfe", "civil-protection", "de-bmi"),
    ("de-laender", "Polizeien der Länder (Landespolizei)", "police", null),
    ("de-im-nrw", "Ministerium des Innern des Landes Nordrhein-Westfalen", "ministry", null),
    ("de-pol-nrw", "Polizei Nordrhein-Westfalen", "police", "de-im-nrw"),
    ("de-zis", "Zentrale Informationsstelle Sporteinsätze (ZIS)", "police", "de-pol-nrw"),
    ("de-ipcc", "International Police Cooperation Center (IPCC) 2024", "other", "de-pol-nrw"),
    ("de-bmvg", "Bundesministerium der Verteidigung", "ministry", null),
    ("de-bw", "Bundeswehr", "military", "de-bmvg"),
];

// ------------------------------------------------------------------------------------------------ capabilities
(string Code, string Name, string Kind, int Type, int Persons, int Dogs, string Description)[] capabilities =
[
    ("patrol-officer", "Patrol police officer (Streifendienst)", "patrol-officer", 3, 1, 0,
        "One uniformed officer of a Land police or the Bundespolizei."),
    ("hundertschaft", "Riot police company (Einsatzhundertschaft der Bereitschaftspolizei)", "public-order-unit", 1, 100, 0,
        "About 100 officers of the Bereitschaftspolizei of a Land or the Bundespolizei, for crowd control."),
    ("k9-edd", "Explosive-detection dog team (Sprengstoffspürhund)", "explosive-detection-canine-team", 1, 1, 1,
        "One handler and one explosive-detection dog."),
    ("eod-team", "Bomb-disposal team (Entschärfer)", "eod-team", 1, 2, 0, "Two bomb-disposal technicians with equipment."),
    ("cbrn-team", "CBRN reconnaissance team (ABC-Erkundung)", "cbrn-team", 2, 4, 0, "Four specialists with a CBRN reconnaissance vehicle."),
    ("spotter", "Foreign police spotter (liaison officer)", "liaison-officer", 1, 1, 0,
        "Officer of a visiting team's police who knows its supporters; works with German scene-knowledgeable officers."),
    ("interpreter", "Interpreter (Dolmetscher)", "interpreter", 3, 1, 0, "Civilian interpreter."),
];

// ------------------------------------------------------------------------------------------------ sites
// The ten stadiums (UEFA tournament names, tournament capacities, stadium centres), the IPCC in Neuss, fan zones.
(string Code, string Name, string Kind, string City, double Lat, double Lon, int? Capacity, string Description)[] sites =
[
    ("BER", "Olympiastadion Berlin", "venue", "Berlin", 52.5147, 13.2395, 71_000, "Six matches including the final."),
    ("MUC", "Munich Football Arena (Allianz Arena)", "venue", "München", 48.2188, 11.6247, 66_000, "Six matches including the opening match and a semi-final."),
    ("DOR", "BVB Stadion Dortmund (Signal Iduna Park)", "venue", "Dortmund", 51.4926, 7.4519, 62_000, "Six matches including a semi-final."),
    ("STR", "Stuttgart Arena (MHPArena)", "venue", "Stuttgart", 48.7922, 9.2320, 51_000, "Five matches including a quarter-final."),
    ("GEL", "Arena AufSchalke (Veltins-Arena)", "venue", "Gelsenkirchen", 51.5546, 7.0676, 50_000, "Four matches including a round-of-16 match."),
    ("HAM", "Volksparkstadion Hamburg", "venue", "Hamburg", 53.5872, 9.8986, 49_000, "Five matches including a quarter-final."),
    ("DUS", "Düsseldorf Arena (Merkur Spiel-Arena)", "venue", "Düsseldorf", 51.2617, 6.7331, 47_000, "Five matches including a quarter-final."),
    ("CGN", "Cologne Stadium (RheinEnergieStadion)", "venue", "Köln", 50.9335, 6.8752, 43_000, "Five matches including a round-of-16 match."),
    ("FRA", "Frankfurt Arena (Deutsche Bank Park)", "venue", "Frankfurt am Main", 50.0686, 8.6455, 47_000, "Five matches including a round-of-16 match."),
    ("LEI", "Leipzig Stadium (Red Bull Arena)", "venue", "Leipzig", 51.3458, 12.3483, 40_000, "Four matches including a round-of-16 match."),
    ("IPCC", "International Police Cooperation Center (IPCC) 2024, Neuss", "other", "Neuss", 51.1830, 6.7280, null,
        "Joint federal and state information hub led by North Rhine-Westphalia, in the Neuss training centre of the NRW police; "
        + "several hundred officers, about 230 of them from other European countries; 24/7 shifts. Position approximate (±1 km)."),
    ("FZ-BER-TOR", "Fan Zone am Brandenburger Tor (Fanmeile, Straße des 17. Juni)", "fan-zone", "Berlin", 52.5150, 13.3680, null,
        "Fan mile between the Brandenburg Gate and the Victory Column. Position approximate."),
    ("FZ-BER-REI", "Fan Zone am Reichstag (Platz der Republik)", "fan-zone", "Berlin", 52.5186, 13.3745, null, "Position approximate."),
    ("FZ-MUC", "Fan Zone Olympiapark", "fan-zone", "München", 48.1746, 11.5517, null, "Position approximate."),
    ("FZ-DOR", "Fan Zone Friedensplatz", "fan-zone", "Dortmund", 51.5120, 7.4660, null, "Position approximate."),
    ("FZ-STR", "Fan Zone Schlossplatz", "fan-zone", "Stuttgart", 48.7784, 9.1795, null, "Position approximate."),
    ("FZ-HAM", "Fan Zone Heiligengeistfeld", "fan-zone", "Hamburg", 53.5547, 9.9690, null, "Position approximate."),
    ("FZ-DUS", "Fan Zone Rheinufer", "fan-zone", "Düsseldorf", 51.2274, 6.7720, null, "Position approximate."),
    ("FZ-CGN", "Fan Zone Heumarkt", "fan-zone", "Köln", 50.9363, 6.9603, null, "Position approximate."),
    ("FZ-FRA", "Fan Zone am Mainufer", "fan-zone", "Frankfurt am Main", 50.1070, 8.6800, null, "Position approximate."),
];
var stadiums = sites.Where(s => s.Kind == "venue").ToDictionary(s => s.Code);
var fanZones = sites.Where(s => s.Kind == "fan-zone").ToList();

// ------------------------------------------------------------------------------------------------ matches
// The 51 matches: date, kick-off (local time), stadium, teams. Published UEFA schedule.
string[] schedule =
[
    "2024-06-14 21:00 MUC Germany–Scotland",
    "2024-06-15 15:00 CGN Hungary–Switzerland", "2024-06-15 18:00 BER Spain–Croatia", "2024-06-15 21:00 DOR Italy–Albania",
    "2024-06-16 15:00 HAM Poland–Netherlands", "2024-06-16 18:00 STR Slovenia–Denmark", "2024-06-16 21:00 GEL Serbia–England",
    "2024-06-17 15:00 MUC Romania–Ukraine", "2024-06-17 18:00 FRA Belgium–Slovakia", "2024-06-17 21:00 DUS Austria–France",
    "2024-06-18 18:00 DOR Türkiye–Georgia", "2024-06-18 21:00 LEI Portugal–Czechia",
    "2024-06-19 15:00 HAM Croatia–Albania", "2024-06-19 18:00 STR Germany–Hungary", "2024-06-19 21:00 CGN Scotland–Switzerland",
    "2024-06-20 15:00 MUC Slovenia–Serbia", "2024-06-20 18:00 FRA Denmark–England", "2024-06-20 21:00 GEL Spain–Italy",
    "2024-06-21 15:00 DUS Slovakia–Ukraine", "2024-06-21 18:00 BER Poland–Austria", "2024-06-21 21:00 LEI Netherlands–France",
    "2024-06-22 15:00 HAM Georgia–Czechia", "2024-06-22 18:00 DOR Türkiye–Portugal", "2024-06-22 21:00 CGN Belgium–Romania",
    "2024-06-23 21:00 FRA Switzerland–Germany", "2024-06-23 21:00 STR Scotland–Hungary",
    "2024-06-24 21:00 LEI Croatia–Italy", "2024-06-24 21:00 DUS Albania–Spain",
    "2024-06-25 18:00 BER Netherlands–Austria", "2024-06-25 18:00 DOR France–Poland",
    "2024-06-25 21:00 CGN England–Slovenia", "2024-06-25 21:00 MUC Denmark–Serbia",
    "2024-06-26 18:00 FRA Slovakia–Romania", "2024-06-26 18:00 STR Ukraine–Belgium",
    "2024-06-26 21:00 GEL Georgia–Portugal", "2024-06-26 21:00 HAM Czechia–Türkiye",
    "2024-06-29 18:00 BER Switzerland–Italy", "2024-06-29 21:00 DOR Germany–Denmark",
    "2024-06-30 18:00 GEL England–Slovakia", "2024-06-30 21:00 CGN Spain–Georgia",
    "2024-07-01 18:00 DUS France–Belgium", "2024-07-01 21:00 FRA Portugal–Slovenia",
    "2024-07-02 18:00 MUC Romania–Netherlands", "2024-07-02 21:00 LEI Austria–Türkiye",
    "2024-07-05 18:00 STR Spain–Germany", "2024-07-05 21:00 HAM Portugal–France",
    "2024-07-06 18:00 DUS England–Switzerland", "2024-07-06 21:00 BER Netherlands–Türkiye",
    "2024-07-09 21:00 MUC Spain–France",
    "2024-07-10 21:00 DOR Netherlands–England",
    "2024-07-14 21:00 BER Spain–England",
];
var matches = schedule.Select(line =>
{
    var m = Regex.Match(line, @"^(\S+) (\S+) (\S+) (.+)$");
    var day = DateOnly.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
    var stage = day <= groupStage.End ? "group" : day <= new DateOnly(2024, 7, 2) ? "round of 16"
        : day <= new DateOnly(2024, 7, 6) ? "quarter-final" : day <= new DateOnly(2024, 7, 10) ? "semi-final" : "final";
    return (Day: day, KickOff: TimeOnly.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), Stadium: m.Groups[3].Value, Teams: m.Groups[4].Value, Stage: stage);
}).ToList();

// ------------------------------------------------------------------------------------------------ requirements
// Per match, from six hours before kick-off to four hours after (the stadium and its approaches). Quantities at
// "normal" follow the stadium's capacity and the stage (knockout matches and host-nation matches weigh more);
// "erhoeht" and "hoch" rows raise patrols, riot police and dog teams.
var stageWeight = new Dictionary<string, double> { ["group"] = 1.0, ["round of 16"] = 1.1, ["quarter-final"] = 1.2, ["semi-final"] = 1.3, ["final"] = 1.5 };
var raise = new Dictionary<string, (double Erhoeht, double Hoch)>
{
    ["patrol-officer"] = (1.25, 1.5), ["hundertschaft"] = (1.25, 1.6), ["k9-edd"] = (1.5, 2.0), ["cbrn-team"] = (1.0, 2.0),
};
var lastMinute = At(eventEnd, new TimeOnly(23, 59));
var requirements = new List<(string Site, string Capability, string Level, DateTimeOffset Start, DateTimeOffset End, int Quantity, int Priority, string? Note)>();
void Add(string site, string capability, double normal, DateTimeOffset start, DateTimeOffset end, int priority, string? note)
{
    if (end > lastMinute) end = lastMinute;   // the final's window stops with the event
    var q = (int)Math.Max(1, Math.Round(normal, MidpointRounding.AwayFromZero));
    requirements.Add((site, capability, "normal", start, end, q, priority, note));
    if (!raise.TryGetValue(capability, out var f)) return;
    var (qe, qh) = ((int)Math.Round(q * f.Erhoeht, MidpointRounding.AwayFromZero), (int)Math.Round(q * f.Hoch, MidpointRounding.AwayFromZero));
    if (qe != q) requirements.Add((site, capability, "erhoeht", start, end, qe, priority, note));
    if (qh != qe) requirements.Add((site, capability, "hoch", start, end, qh, priority, note));
}

foreach (var match in matches)
{
    var stadium = stadiums[match.Stadium];
    var weight = stageWeight[match.Stage] * (match.Teams.Contains("Germany", StringComparison.Ordinal) ? 1.2 : 1.0);
    var start = At(match.Day, match.KickOff).AddHours(-6);
    var end = start.AddHours(10);
    var note = $"{match.Teams}, {match.Stage}, kick-off {match.KickOff:HH\\:mm}.";
    var priority = match.Stage is "semi-final" or "final" || weight > 1.1 ? 1 : 2;
    var seats = stadium.Capacity!.Value;
    Add(stadium.Code, "patrol-officer", seats * 0.012 * weight, start, end, priority, note);
    Add(stadium.Code, "hundertschaft", seats / 12_000.0 * weight, start, end, priority, note);
    Add(stadium.Code, "k9-edd", seats / 10_000.0 * weight, start, end, priority, note);
    Add(stadium.Code, "eod-team", 1 + weight, start, end, priority, note);
    Add(stadium.Code, "cbrn-team", weight >= 1.3 ? 2 : 1, start, end, priority, note);
    Add(stadium.Code, "spotter", 8, start, end, priority, note);    // four per team
    Add(stadium.Code, "interpreter", 4, start, end, priority, note);
}

// Fan zones of the host city on its match days (Berlin's also on the host nation's match days), 14:00 to 00:30.
var fanDays = matches.Select(m => (m.Day, City: stadiums[m.Stadium].City))
    .Concat(matches.Where(m => m.Teams.Contains("Germany", StringComparison.Ordinal)).Select(m => (m.Day, City: "Berlin")))
    .Distinct().OrderBy(d => d.Day).ToList();
foreach (var (day, city) in fanDays)
    foreach (var fanZone in fanZones.Where(f => f.City == city))
    {
        var start = At(day, new TimeOnly(14, 0));
        var size = fanZone.Code.StartsWith("FZ-BER", StringComparison.Ordinal) ? 1.5 : 1.0;
        Add(fanZone.Code, "patrol-officer", 120 * size, start, start.AddHours(10.5), 3, null);
        Add(fanZone.Code, "k9-edd", 3 * size, start, start.AddHours(10.5), 3, null);
    }

// The IPCC in Neuss: foreign liaison officers and interpreters around the clock, two 12-hour shifts.
for (var day = eventStart; day <= eventEnd; day = day.AddDays(1))
    foreach (var from in new[] { new TimeOnly(7, 0), new TimeOnly(19, 0) })
    {
        var start = At(day, from);
        Add("IPCC", "spotter", from.Hour == 7 ? 90 : 40, start, start.AddHours(12), 2, "Foreign police delegates at the IPCC.");
        Add("IPCC", "interpreter", from.Hour == 7 ? 6 : 3, start, start.AddHours(12), 2, null);
    }
requirements = [.. requirements.OrderBy(r => r.Start).ThenBy(r => r.Site, StringComparer.Ordinal).ThenBy(r => r.Capability, StringComparer.Ordinal)];

// ------------------------------------------------------------------------------------------------ checks
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
foreach (var a in agencies.Where(a => a.Parent is not null && !agencies.Any(p => p.Code == a.Parent))) problems.Add($"agency {a.Code}: unknown parent");
if (matches.Count != 51) problems.Add($"{matches.Count} matches, expected 51");
var (first, last) = (At(eventStart, TimeOnly.MinValue), At(eventEnd.AddDays(1), TimeOnly.MinValue));
foreach (var r in requirements)
{
    if (!sites.Any(s => s.Code == r.Site) || !capabilities.Any(c => c.Code == r.Capability) || !levels.Any(l => l.Code == r.Level))
        problems.Add($"requirement with an unknown code: {r}");
    if (r.Start < first || r.End > last || r.End <= r.Start || r.End - r.Start > TimeSpan.FromHours(24)) problems.Add($"requirement outside the event: {r}");
}
foreach (var g in requirements.GroupBy(r => (r.Site, r.Capability, r.Level, r.Start, r.End)).Where(g => g.Count() > 1))
    problems.Add($"duplicate requirement {g.Key}");
if (problems.Count > 0)
{
    foreach (var p in problems) Console.Error.WriteLine(p);
    return 1;
}

// ------------------------------------------------------------------------------------------------ output
var document = new JsonObject
{
    ["$schema"] = "../../docs/schemas/scenario.schema.json",
    ["formatVersion"] = "1.0",
    ["event"] = new JsonObject
    {
        ["code"] = "euro-2024",
        ["name"] = "UEFA EURO 2024",
        ["description"] = "UEFA European Football Championship 2024 in Germany: 24 teams, 51 matches in ten stadiums, "
            + "14 June – 14 July 2024. International police cooperation through the IPCC in Neuss. The alert scale is "
            + "illustrative: Germany has no public national terror alert scale. Demo data (see samples/euro-2024/README.md).",
        ["hostCountry"] = "DE",
        ["timeZone"] = zone.Id,
        ["start"] = Iso(eventStart),
        ["end"] = Iso(eventEnd),
        ["phases"] = new JsonArray(
            new JsonObject { ["code"] = groupStage.Code, ["name"] = groupStage.Name, ["start"] = Iso(groupStage.Start), ["end"] = Iso(groupStage.End) },
            new JsonObject { ["code"] = knockout.Code, ["name"] = knockout.Name, ["start"] = Iso(knockout.Start), ["end"] = Iso(knockout.End) }),
    },
    ["alertScale"] = new JsonObject
    {
        ["code"] = "demo-de",
        ["name"] = "Illustrative threat scale (demo)",
        ["levels"] = new JsonArray([.. levels.Select(l => (JsonNode)new JsonObject
            { ["code"] = l.Code, ["name"] = l.Name, ["rank"] = l.Rank, ["color"] = l.Color, ["description"] = l.Description })]),
        ["currentLevel"] = currentLevel,
    },
    ["agencies"] = new JsonArray([.. agencies.Select(a =>
    {
        var o = new JsonObject { ["code"] = a.Code, ["name"] = a.Name, ["kind"] = a.Kind };
        if (a.Parent is not null) o["parent"] = a.Parent;
        return (JsonNode)o;
    })]),
    ["capabilities"] = new JsonArray([.. capabilities.Select(c =>
    {
        var o = new JsonObject { ["code"] = c.Code, ["name"] = c.Name, ["kind"] = c.Kind, ["typeLevel"] = c.Type, ["persons"] = c.Persons };
        if (c.Dogs > 0) o["dogs"] = c.Dogs;
        o["description"] = c.Description;
        return (JsonNode)o;
    })]),
    ["sites"] = new JsonArray([.. sites.Select(s =>
    {
        var o = new JsonObject { ["code"] = s.Code, ["name"] = s.Name, ["kind"] = s.Kind, ["city"] = s.City,
            ["location"] = new JsonObject { ["lat"] = s.Lat, ["lon"] = s.Lon } };
        if (s.Capacity is not null) o["capacity"] = s.Capacity;
        o["description"] = s.Description;
        return (JsonNode)o;
    })]),
};
var encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
var head = document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = encoder });
var rows = requirements.Select(r =>
{
    var o = new JsonObject { ["site"] = r.Site, ["capability"] = r.Capability, ["alertLevel"] = r.Level,
        ["start"] = Format(r.Start), ["end"] = Format(r.End), ["quantity"] = r.Quantity, ["priority"] = r.Priority };
    if (r.Note is not null) o["note"] = r.Note;
    return o.ToJsonString(new JsonSerializerOptions { Encoder = encoder });
});
var text = new StringBuilder(head[..head.LastIndexOf('}')].TrimEnd())
    .Append(",\n  \"requirements\": [\n    ").AppendJoin(",\n    ", rows).Append("\n  ]\n}\n")
    .ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
var output = Path.Combine(here, "scenario.json");
File.WriteAllText(output, text, new UTF8Encoding(false));

// ------------------------------------------------------------------------------------------------ totals
// Persons per day at the level in force: per (site, capability, start, end) the row of the highest level not above it.
var rank = levels.ToDictionary(l => l.Code, l => l.Rank);
var persons = capabilities.ToDictionary(c => c.Code, c => c.Persons);
var applying = requirements.Where(r => rank[r.Level] <= rank[currentLevel])
    .GroupBy(r => (r.Site, r.Capability, r.Start, r.End)).Select(g => g.MaxBy(r => rank[r.Level])).ToList();
Console.WriteLine($"Wrote {output}: {sites.Length} sites, {matches.Count} matches, {requirements.Count} requirement rows.");
Console.WriteLine();
Console.WriteLine($"| date | matches | police officers at {currentLevel} | of which foreign spotters | interpreters |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
for (var day = eventStart; day <= eventEnd; day = day.AddDays(1))
{
    var today = applying.Where(r => DateOnly.FromDateTime(r.Start.DateTime) == day).ToList();
    var police = today.Where(r => r.Capability != "interpreter").Sum(r => r.Quantity * persons[r.Capability]);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {Iso(day)} | {matches.Count(m => m.Day == day)} | {police:N0} | {today.Where(r => r.Capability == "spotter").Sum(r => r.Quantity):N0} | {today.Where(r => r.Capability == "interpreter").Sum(r => r.Quantity):N0} |"));
}
return 0;

DateTimeOffset At(DateOnly day, TimeOnly time)
{
    var local = day.ToDateTime(time);
    return new DateTimeOffset(local, zone.GetUtcOffset(local));
}
static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
static string Format(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
