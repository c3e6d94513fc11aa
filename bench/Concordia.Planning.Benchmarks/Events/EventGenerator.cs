using Concordia.Planning.Model;

namespace Concordia.Planning.Benchmarks.Events;

/// <summary>
/// Generates a realistic event problem from a seed: host and foreign officers, canine teams (handler + dog),
/// venues and Seine sectors, 8/10/12-hour shifts, language needs and a few personal requests. Demand is read off a
/// reference plan (<see cref="ReferencePlan"/>) in which the units work 80–95% of what the working-time rules let
/// them (dog teams the most), so every unit of demand is coverable, but only by a plan about as tight as the
/// reference; language needs ask for most of the rare languages' speakers where the reference plan has them. The
/// opening-ceremony day (day 6) draws extra units to the Seine sectors.
/// </summary>
public static class EventGenerator
{
    public static readonly DateTimeOffset Start = new(2024, 7, 20, 0, 0, 0, TimeSpan.Zero);
    internal const int CeremonyDay = 6;
    internal static readonly string[] Caps = ["patrol", "public-order", "k9-explosive", "eod", "cbrn"];

    public static PlanningProblem Generate(EventSize size, int seed) => GenerateWithReference(size, seed).Problem;

    /// <summary>The problem and the reference plan its demand was read from (feasible, covering all demand).</summary>
    public static (PlanningProblem Problem, IReadOnlyList<Assignment> Reference) GenerateWithReference(EventSize size, int seed)
    {
        var rng = new Random(seed);
        var sites = BuildSites(size, rng, out var patternOf, out var priorityOf);
        var windows = new List<TimeWindow>();
        for (var d = 0; d < size.Days; d++)
        {
            foreach (var (id, kind, hour, hours, night) in EventCatalog.Shifts)
            {
                var s = Start.AddDays(d).AddHours(hour);
                windows.Add(new TimeWindow(WindowId(d, id), s, s.AddHours(hours), kind, night));
            }
        }

        var staff = BuildStaff(size, rng);
        var reference = new ReferencePlan(size, rng, sites, patternOf).Build(staff);
        var demands = reference
            .Where(a => !a.Follower)
            .GroupBy(a => (a.Site, a.Window, a.Capability))
            .Select(g => new Demand(g.Key.Site, g.Key.Window, g.Key.Capability, g.Count(), priorityOf[g.Key.Site]))
            .OrderBy(d => d.WindowId, StringComparer.Ordinal).ThenBy(d => d.SiteId, StringComparer.Ordinal).ThenBy(d => d.Capability, StringComparer.Ordinal)
            .ToArray();
        var needs = LanguageNeeds(rng, staff, reference);
        var prefs = staff.Where(m => m.Kind == StaffKind.Person && rng.Next(100) == 0)
            .Select(m => new Preference(m.Id, PreferenceKind.Avoid, 5, Day: DateOnly.FromDateTime(Start.AddDays(rng.Next(size.Days)).UtcDateTime)))
            .ToArray();
        var problem = new PlanningProblem
        {
            Name = $"event-{size.Name}-seed{seed}",
            HorizonStart = Start,
            HorizonDays = size.Days,
            Sites = sites,
            Windows = windows,
            Demands = demands,
            Staff = staff,
            LanguageNeeds = needs,
            Preferences = prefs,
        };
        var assignments = reference.Select(a => new Assignment(staff[a.Member].Id, a.Site, a.Window, a.Capability)).ToArray();
        return (problem, assignments);
    }

    internal static string WindowId(int day, string shift) => $"d{day:00}{shift}";

    /// <summary>
    /// Rare languages (spoken by under 2% of the persons) are scarce: where the reference plan has their speakers, most
    /// cells ask for them (up to two), often from the visitors' own country; common languages are asked for rarely.
    /// </summary>
    private static LanguageNeed[] LanguageNeeds(Random rng, List<StaffMember> staff, List<ReferencePlan.Duty> reference)
    {
        var persons = staff.Where(m => m.Kind == StaffKind.Person).ToArray();
        var share = persons.SelectMany(m => m.Languages).GroupBy(l => l).ToDictionary(g => g.Key, g => (double)g.Count() / persons.Length);
        var needs = new List<LanguageNeed>();
        foreach (var cell in reference.Where(a => staff[a.Member].Kind == StaffKind.Person).GroupBy(a => (a.Site, a.Window)))
        {
            foreach (var language in cell.SelectMany(a => staff[a.Member].Languages).Where(l => l != "fr").Distinct().Order(StringComparer.Ordinal))
            {
                if (rng.NextDouble() >= (share[language] < 0.02 ? 0.8 : 0.01))
                {
                    continue;
                }

                var speakers = cell.Where(a => staff[a.Member].Languages.Contains(language)).ToArray();
                var nationals = speakers.Select(a => staff[a.Member]).Where(m => !m.Host).Select(m => m.Country).FirstOrDefault();
                needs.Add(new LanguageNeed(cell.Key.Site, cell.Key.Window, language, Math.Min(2, speakers.Length), rng.Next(2) == 0 ? nationals : null));
            }
        }

        return [.. needs];
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
}
