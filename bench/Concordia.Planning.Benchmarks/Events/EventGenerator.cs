using Concordia.Planning.Model;

namespace Concordia.Planning.Benchmarks.Events;

/// <summary>
/// Generates a realistic event problem from a seed: host and foreign officers, canine teams (handler + dog),
/// venues and Seine sectors, 8/10/12-hour shifts, language needs and a few personal requests. Demand is sized to
/// about half of what the staff can work, with a peak on the opening-ceremony day (day 6), so it is coverable.
/// </summary>
public static class EventGenerator
{
    public static readonly DateTimeOffset Start = new(2024, 7, 20, 0, 0, 0, TimeSpan.Zero);
    private const int CeremonyDay = 6;
    private static readonly string[] Caps = ["patrol", "public-order", "k9-explosive", "eod", "cbrn"];

    public static PlanningProblem Generate(EventSize size, int seed)
    {
        var rng = new Random(seed);
        var sites = BuildSites(size, rng, out var patternOf, out var priorityOf);
        var windows = new List<TimeWindow>();
        for (var d = 0; d < size.Days; d++)
        {
            foreach (var (id, kind, hour, hours, night) in EventCatalog.Shifts)
            {
                var s = Start.AddDays(d).AddHours(hour);
                windows.Add(new TimeWindow($"d{d:00}{id}", s, s.AddHours(hours), kind, night));
            }
        }

        var staff = BuildStaff(size, rng);
        var unitsPerCap = new double[Caps.Length];
        foreach (var team in staff.Where(m => m.Kind == StaffKind.Person).GroupBy(m => m.TeamId ?? m.Id))
        {
            var caps = team.SelectMany(m => m.Capabilities).Distinct().ToArray();
            foreach (var c in caps)
            {
                unitsPerCap[Array.IndexOf(Caps, c)] += 1.0 / caps.Length;
            }
        }

        var demands = BuildDemands(size, rng, sites, patternOf, priorityOf, unitsPerCap);
        var needs = new List<LanguageNeed>();
        var venues = sites.Where(s => s.ParentId is null && s.Id != "SEINE").ToArray();
        for (var d = 0; d < size.Days; d++)
        {
            for (var k = 0; k < Math.Max(2, size.Sites / 5); k++)
            {
                var (country, language, _) = EventCatalog.Countries[rng.Next(EventCatalog.Countries.Length)];
                var site = venues[rng.Next(venues.Length)];
                var pattern = EventCatalog.Patterns[patternOf[site.Id]];
                var shift = EventCatalog.Shifts[pattern[rng.Next(pattern.Length)]];
                needs.Add(new LanguageNeed(site.Id, $"d{d:00}{shift.Id}", language, 1 + rng.Next(2), country));
            }
        }

        var prefs = staff.Where(m => m.Kind == StaffKind.Person && rng.Next(100) == 0)
            .Select(m => new Preference(m.Id, PreferenceKind.Avoid, 5, Day: DateOnly.FromDateTime(Start.AddDays(rng.Next(size.Days)).UtcDateTime)))
            .ToArray();
        return new PlanningProblem
        {
            Name = $"event-{size.Name}-seed{seed}",
            HorizonStart = Start,
            HorizonDays = size.Days,
            Sites = sites,
            Windows = windows,
            Demands = demands.DistinctBy(x => (x.SiteId, x.WindowId, x.Capability)).ToArray(),
            Staff = staff,
            LanguageNeeds = needs.DistinctBy(n => (n.SiteId, n.WindowId, n.Language)).ToArray(),
            Preferences = prefs,
        };
    }

    private static List<Site> BuildSites(EventSize size, Random rng, out Dictionary<string, int> patternOf, out Dictionary<string, int> priorityOf)
    {
        var sites = new List<Site> { new("SEINE", "Seine opening-ceremony route") };
        patternOf = new() { ["SEINE"] = 0 };
        priorityOf = new() { ["SEINE"] = 3 };
        var sectors = Math.Max(2, size.Sites / 8);
        for (var i = 1; i <= sectors; i++)
        {
            sites.Add(new Site($"SEINE-{i}", $"Seine sector {i}", "SEINE"));
            patternOf[$"SEINE-{i}"] = 0;
            priorityOf[$"SEINE-{i}"] = 3;
        }

        for (var i = 0; sites.Count < size.Sites; i++)
        {
            var name = EventCatalog.Venues[i % EventCatalog.Venues.Length] + (i >= EventCatalog.Venues.Length ? $" {(i / EventCatalog.Venues.Length) + 1}" : "");
            var id = $"S{i:000}";
            sites.Add(new Site(id, name));
            patternOf[id] = rng.Next(EventCatalog.Patterns.Length);
            priorityOf[id] = 1 + rng.Next(2);
        }

        return sites;
    }

    private static List<StaffMember> BuildStaff(EventSize size, Random rng)
    {
        var staff = new List<StaffMember>(size.Staff);
        var full = new Availability(Start, Start.AddDays(size.Days + 1));
        var hosts = size.Staff - size.Foreign;
        while (staff.Count < hosts)
        {
            var r = rng.NextDouble();
            var languages = new List<string> { "fr" };
            if (rng.NextDouble() < 0.3) { languages.Add("en"); }
            if (rng.NextDouble() < 0.05) { languages.Add("es"); }
            if (rng.NextDouble() < 0.05) { languages.Add("de"); }
            var id = $"H{staff.Count:00000}";
            string[] caps = r < 0.78 ? ["patrol"] : r < 0.9 ? ["patrol", "public-order"] : r < 0.94 ? ["k9-explosive"] : r < 0.97 ? ["eod"] : ["cbrn"];
            var leave = rng.NextDouble() < 0.03 ? Enumerable.Range(rng.Next(size.Days), 3).Select(d => DateOnly.FromDateTime(Start.AddDays(d).UtcDateTime)).ToArray() : [];
            var team = caps[0] == "k9-explosive" ? $"K9-{id}" : null;
            staff.Add(new StaffMember { Id = id, Capabilities = caps, Languages = languages, Country = "FR", Host = true, TeamId = team, Availability = [full], DaysOff = leave });
            if (team is not null)
            {
                staff.Add(new StaffMember { Id = id + "-DOG", Kind = StaffKind.Dog, Country = "FR", TeamId = team, Availability = [full], DaysOff = leave });
            }
        }

        var totalShare = EventCatalog.Countries.Sum(c => c.Share);
        while (staff.Count < size.Staff)
        {
            var pick = rng.Next(totalShare);
            var (country, language, _) = EventCatalog.Countries.First(c => (pick -= c.Share) < 0);
            var arrival = rng.Next(Math.Min(5, size.Days));
            var stay = new Availability(Start.AddDays(arrival), Start.AddDays(Math.Min(size.Days + 1, arrival + 14 + rng.Next(17))));
            var id = $"F{country}{staff.Count:00000}";
            var dogs = rng.NextDouble() < 0.08 && staff.Count < size.Staff - 1;
            var languages = rng.NextDouble() < 0.6 && language != "en" ? new[] { language, "en" } : [language];
            staff.Add(new StaffMember
            {
                Id = id, Capabilities = dogs ? ["k9-explosive"] : ["patrol"], Languages = languages, Country = country,
                Host = false, TeamId = dogs ? $"K9-{id}" : null, Availability = [stay],
            });
            if (dogs)
            {
                staff.Add(new StaffMember { Id = id + "-DOG", Kind = StaffKind.Dog, Country = country, Host = false, TeamId = $"K9-{id}", Availability = [stay] });
            }
        }

        return staff;
    }

    private static List<Demand> BuildDemands(
        EventSize size, Random rng, List<Site> sites, Dictionary<string, int> patternOf, Dictionary<string, int> priorityOf, double[] unitsPerCap)
    {
        // About 0.7 duties per unit per day fit the weekly-hours limit; ask for roughly half of that.
        const double fill = 0.5 * 0.7;
        var demands = new List<Demand>();
        var posts = sites.Where(s => s.Id != "SEINE").ToArray();
        var weight = posts.ToDictionary(s => s.Id, _ => 0.5 + (1.5 * rng.NextDouble()));
        for (var c = 0; c < Caps.Length; c++)
        {
            var share = c switch { 0 => 1.0, 1 => 0.6, 2 => 0.5, 3 => 0.3, _ => 0.2 };
            var posting = posts.Where((s, i) => c == 0 || (i * 7919 % 100) < share * 100 || s.ParentId == "SEINE").ToArray();
            var total = posting.Sum(s => weight[s.Id]);
            for (var d = 0; d < size.Days; d++)
            {
                foreach (var site in posting)
                {
                    var ceremony = d == CeremonyDay && site.ParentId == "SEINE" && c < 2 ? 2.5 : 1.0;
                    var perDay = unitsPerCap[c] * fill * weight[site.Id] / total * ceremony;
                    var pattern = EventCatalog.Patterns[patternOf[site.Id]];
                    foreach (var shift in pattern)
                    {
                        var (id, _, _, _, night) = EventCatalog.Shifts[shift];
                        var required = (int)Math.Round(perDay / pattern.Length * (night ? 0.7 : 1.15));
                        if (required > 0)
                        {
                            var priority = ceremony > 1 ? 3 : priorityOf[site.Id];
                            demands.Add(new Demand(site.Id, $"d{d:00}{id}", Caps[c], required, priority));
                        }
                    }
                }
            }
        }

        return demands;
    }
}
