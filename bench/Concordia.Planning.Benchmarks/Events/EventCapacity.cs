using Concordia.Planning.Model;

namespace Concordia.Planning.Benchmarks.Events;

/// <summary>
/// What the staff of an event can work against what its demand asks, from the working-time limits alone, to say how
/// tight a generated event is (a ratio, not a bound: the product's <see cref="Concordia.Planning.Solving.CoverageCeiling"/>
/// bounds what a plan can cover). A unit's hours in each 7-day block are at most the weekly limit and at most the
/// longest shift times its days available in the block, up to the most consecutive days.
/// </summary>
public static class EventCapacity
{
    /// <summary>
    /// Demand hours and staff hours from <paramref name="from"/> on, per group of capabilities that share units (patrol
    /// and public order are one group when some units do both), so each unit counts once.
    /// </summary>
    public static IReadOnlyList<(string Capabilities, double DemandHours, double StaffHours)> Utilisation(PlanningProblem problem, DateTimeOffset from)
    {
        var data = new Data(problem, from);
        var components = new List<HashSet<string>>();
        foreach (var caps in data.Groups.Select(g => g.Caps))
        {
            var joined = components.Where(c => c.Overlaps(caps)).ToList();
            var merged = new HashSet<string>(caps, StringComparer.Ordinal);
            foreach (var c in joined)
            {
                merged.UnionWith(c);
                components.Remove(c);
            }

            components.Add(merged);
        }

        return components.Select(c => (
            string.Join('+', c.Order(StringComparer.Ordinal)),
            data.Lines.Where(l => c.Contains(l.Cap)).Sum(l => (double)l.Units * l.Minutes) / 60,
            data.Groups.Where(g => g.Caps.Overlaps(c)).Sum(g => g.BlockMinutes.Sum()) / 60.0)).OrderBy(x => x.Item1, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Demand hours over staff hours, all capabilities together.</summary>
    public static double TotalUtilisation(PlanningProblem problem, DateTimeOffset from)
    {
        var data = new Data(problem, from);
        return data.Lines.Sum(l => (double)l.Units * l.Minutes) / Math.Max(1, data.Groups.Sum(g => g.BlockMinutes.Sum()));
    }

    /// <summary>Demand aggregated per day, capability and shift length; units grouped by capabilities, with what they can work.</summary>
    private sealed class Data
    {
        public Data(PlanningProblem problem, DateTimeOffset from)
        {
            var day0 = problem.HorizonStart;
            FirstDay = Math.Max(0, (int)Math.Ceiling((from - day0).TotalDays - 1e-9));
            var windows = problem.Windows.ToDictionary(w => w.Id, StringComparer.Ordinal);
            Lines = problem.Demands
                .Where(d => windows[d.WindowId].Start >= from && d.Required > 0)
                .GroupBy(d => (Day: (int)Math.Floor((windows[d.WindowId].Start - day0).TotalDays), d.Capability, Minutes: (int)(windows[d.WindowId].End - windows[d.WindowId].Start).TotalMinutes))
                .Select(g => new Line(g.Key.Day, g.Key.Capability, g.Key.Minutes, g.Sum(d => d.Required)))
                .ToList();
            Caps = Lines.Select(l => l.Cap).Distinct().Order(StringComparer.Ordinal).ToList();
            var days = problem.HorizonDays;
            var blocks = Block(days - 1) + 1;
            var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
            foreach (var unit in problem.Staff.GroupBy(m => m.TeamId ?? m.Id))
            {
                var caps = unit.SelectMany(m => m.Capabilities).Distinct().Order(StringComparer.Ordinal).ToArray();
                var key = string.Join('+', caps);
                if (!groups.TryGetValue(key, out var group))
                {
                    group = groups[key] = new Group(caps.ToHashSet(StringComparer.Ordinal), new long[blocks]);
                }

                var limits = unit.Select(m => problem.Rules.Limits.Overlay(m.Limits)).ToArray();
                var week = limits.Min(l => l.MaxMinutesPer7Days ?? int.MaxValue);
                var shift = limits.Min(l => l.MaxShiftMinutes ?? 24 * 60);
                var run = limits.Min(l => l.MaxConsecutiveDays ?? 7);
                var perBlock = new int[blocks];
                for (var d = FirstDay; d < days; d++)
                {
                    var start = day0.AddDays(d);
                    if (unit.All(m => Available(m, start, start.AddDays(1))))
                    {
                        perBlock[Block(d)]++;
                    }
                }

                for (var b = 0; b < blocks; b++)
                {
                    group.BlockMinutes[b] += Math.Min(week, (long)shift * Math.Min(run, perBlock[b]));
                }
            }

            Groups = groups.Values.ToList();
        }

        public int FirstDay { get; }

        public List<Line> Lines { get; }

        public List<string> Caps { get; }

        public List<Group> Groups { get; }

        /// <summary>7-day blocks counted from the first day of the bound.</summary>
        public int Block(int day) => Math.Max(0, day - FirstDay) / 7;

        /// <summary>Available for some duty starting that day (a window inside availability, not a day off).</summary>
        private static bool Available(StaffMember m, DateTimeOffset dayStart, DateTimeOffset dayEnd) =>
            !m.DaysOff.Contains(DateOnly.FromDateTime(dayStart.UtcDateTime))
            && (m.Availability.Count == 0 || m.Availability.Any(a => a.Start < dayEnd && a.End > dayStart));
    }

    private sealed record Line(int Day, string Cap, int Minutes, int Units);

    private sealed record Group(HashSet<string> Caps, long[] BlockMinutes);
}
