using Concordia.Planning.Model;

namespace Concordia.Planning.Benchmarks.Events;

/// <summary>
/// The plan a generated event's demand is read from. Each unit is posted at one site on one shift of the site's
/// pattern and works a weekly rhythm that fills the working-time rules (six 8-hour shifts in seven days, or four of
/// 10 or 12 hours), minus random days off that bring it to its capability's utilisation; the same shift every day
/// keeps the rest and succession rules. Foreign officers join only cells with enough host officers for joint patrols.
/// On the opening-ceremony day a quarter of the 8-hour patrol and public-order units move to the Seine sectors.
/// </summary>
internal sealed class ReferencePlan(EventSize size, Random rng, List<Site> sites, Dictionary<string, int> patternOf)
{
    /// <summary>One member on duty; a team's followers (the dog) share the handler's duty and are not counted again.</summary>
    internal readonly record struct Duty(int Member, string Site, string Window, string Capability, bool Follower);

    /// <summary>
    /// Share of its weekly rhythm's days that a unit of the reference plan works, per capability: dog teams work every
    /// one (the scarcest). What the rules allow is less than the rhythms reach in places (10-hour shifts give 40 of the
    /// 48 weekly hours; stays and leave cut weeks), so measured demand is 80–95% of what the staff can work.
    /// </summary>
    public static double Utilisation(string capability) => capability switch
    {
        "k9-explosive" => 1.0,
        "patrol" or "public-order" => 0.97,
        _ => 0.95,
    };

    public List<Duty> Build(List<StaffMember> staff)
    {
        var posts = sites.Where(s => s.Id != "SEINE").ToArray();
        var weight = posts.ToDictionary(s => s.Id, _ => 0.5 + (1.5 * rng.NextDouble()));
        var posting = EventGenerator.Caps.ToDictionary(
            c => c,
            c =>
            {
                var share = Array.IndexOf(EventGenerator.Caps, c) switch { 0 => 1.0, 1 => 0.6, 2 => 0.5, 3 => 0.3, _ => 0.2 };
                return posts.Where((s, i) => c == "patrol" || (i * 7919 % 100) < share * 100 || s.ParentId == "SEINE").ToArray();
            });
        var sectors = posts.Where(s => s.ParentId == "SEINE").ToArray();
        var hosts = new Dictionary<(string, string), int>();
        var foreign = new Dictionary<(string, string), int>();
        var duties = new List<Duty>();
        foreach (var unit in Enumerable.Range(0, staff.Count).GroupBy(i => staff[i].TeamId ?? staff[i].Id).Select(g => g.ToArray()))
        {
            var leader = staff[unit[0]];
            var cap = leader.Capabilities[rng.Next(leader.Capabilities.Count)];
            var site = Pick(posting[cap], weight);
            var pattern = EventCatalog.Patterns[patternOf[site.Id]];
            var shift = EventCatalog.Shifts[PickShift(pattern)];
            var on = shift.Hours == 8 ? 6 : 4;
            var keep = Utilisation(cap);
            var phase = rng.Next(7);
            var persons = unit.Where(m => staff[m].Kind == StaffKind.Person).ToArray();
            var hostPersons = persons.Count(m => staff[m].Host);
            var foreignPersons = persons.Length - hostPersons;
            for (var d = 0; d < size.Days; d++)
            {
                if ((d + phase) % 7 >= on || rng.NextDouble() >= keep)
                {
                    continue;
                }

                var start = EventGenerator.Start.AddDays(d).AddHours(shift.StartHour);
                if (!unit.All(m => Available(staff[m], start, start.AddHours(shift.Hours))))
                {
                    continue;
                }

                var at = site.Id;
                if (d == EventGenerator.CeremonyDay && patternOf[site.Id] == 0 && cap is "patrol" or "public-order" && rng.Next(4) == 0)
                {
                    at = sectors[rng.Next(sectors.Length)].Id;
                }

                var cell = (at, EventGenerator.WindowId(d, shift.Id));
                if (foreignPersons > 0 && hosts.GetValueOrDefault(cell) < 2 * (foreign.GetValueOrDefault(cell) + foreignPersons))
                {
                    continue;
                }

                hosts[cell] = hosts.GetValueOrDefault(cell) + hostPersons;
                foreign[cell] = foreign.GetValueOrDefault(cell) + foreignPersons;
                foreach (var m in unit)
                {
                    duties.Add(new Duty(m, at, cell.Item2, cap, m != unit[0]));
                }
            }
        }

        return duties;
    }

    private static bool Available(StaffMember m, DateTimeOffset start, DateTimeOffset end) =>
        !m.DaysOff.Contains(DateOnly.FromDateTime(start.UtcDateTime))
        && (m.Availability.Count == 0 || m.Availability.Any(a => start >= a.Start && end <= a.End));

    private Site Pick(Site[] options, Dictionary<string, double> weight)
    {
        var r = rng.NextDouble() * options.Sum(s => weight[s.Id]);
        foreach (var s in options)
        {
            if ((r -= weight[s.Id]) < 0)
            {
                return s;
            }
        }

        return options[^1];
    }

    /// <summary>Night shifts are staffed lighter than day shifts.</summary>
    private int PickShift(int[] pattern)
    {
        var weights = pattern.Select(i => EventCatalog.Shifts[i].Night ? 0.7 : 1.15).ToArray();
        var r = rng.NextDouble() * weights.Sum();
        for (var i = 0; i < pattern.Length; i++)
        {
            if ((r -= weights[i]) < 0)
            {
                return pattern[i];
            }
        }

        return pattern[^1];
    }
}
