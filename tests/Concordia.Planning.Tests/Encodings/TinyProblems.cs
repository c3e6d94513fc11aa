using Concordia.Planning.Engine;
using Concordia.Planning.Model;
using Concordia.Planning.Rules;
using FsCheck;
using FsCheck.Fluent;

namespace Concordia.Planning.Tests.Encodings;

/// <summary>
/// Random tiny problems that exercise every rule: a few officers (host and foreign, a handler and dog team), one or
/// two sites, a few days with random shifts, demands, language needs, requests, contracts, a published plan and a
/// frozen horizon, and each rule randomly switched off, hard or soft with a random weight; and random plans for them.
/// </summary>
internal static class TinyProblems
{
    private static readonly string[] Languages = ["fr", "pl", "en"];
    private static readonly string[] Countries = ["FR", "PL"];

    /// <summary>A random problem; with <paramref name="dayRoster"/> all shifts of a day overlap (the day-roster shape).</summary>
    public static PlanningProblem Problem(Random rng, bool dayRoster)
    {
        var start = Scenario.Monday.AddDays(rng.Next(7));
        var days = 2 + rng.Next(4);
        var sites = new List<Site> { new("A", "Site A") };
        if (rng.Next(2) == 0)
        {
            sites.Add(new Site("B", "Site B", rng.Next(3) == 0 ? "A" : null));
        }

        var windows = new List<TimeWindow>();
        for (var d = 0; d < days; d++)
        {
            foreach (var (hour, hours, kind) in Shifts(rng, dayRoster))
            {
                var from = start.AddDays(d).AddHours(hour);
                windows.Add(new TimeWindow($"{kind}{hour}-{d}", from, from.AddHours(hours), kind, kind == "night"));
            }
        }

        var staff = new List<StaffMember>();
        for (var i = 0; i < 1 + rng.Next(3); i++)
        {
            staff.Add(Member(rng, $"o{i}", start, days, ["patrol"]));
        }

        if (rng.Next(3) == 0)
        {
            staff.Add(Member(rng, "handler", start, days, ["k9"]) with { TeamId = "team" });
            staff.Add(new StaffMember { Id = "dog", Kind = StaffKind.Dog, TeamId = "team", Country = "FR" });
        }

        // Now and then a unit under its own command: a leader, and some of the other persons serving under them.
        if (rng.Next(3) == 0 && staff.Count(m => m.Kind == StaffKind.Person) > 1)
        {
            var leader = Pick(rng, staff.Where(m => m.Kind == StaffKind.Person).ToArray()).Id;
            for (var i = 0; i < staff.Count; i++)
            {
                if (staff[i].Kind == StaffKind.Person && staff[i].Id != leader && rng.Next(3) > 0)
                {
                    staff[i] = staff[i] with { CommandedBy = leader };
                }
            }
        }

        var demands = new List<Demand>();
        foreach (var w in windows)
        {
            foreach (var site in sites.Where(_ => rng.Next(3) > 0))
            {
                var cap = rng.Next(4) == 0 ? "k9" : "patrol";
                demands.Add(new Demand(site.Id, w.Id, cap, rng.Next(3), 1 + rng.Next(2), rng.Next(4) == 0 ? 1 + rng.Next(900) : null, rng.Next(4) == 0 ? rng.Next(9) : null, rng.Next(4) == 0));
            }
        }

        var cells = demands.Select(d => (d.SiteId, d.WindowId)).Distinct().ToArray();
        var needs = cells.Where(_ => rng.Next(4) == 0)
            .Select(c => new LanguageNeed(c.SiteId, c.WindowId, Pick(rng, Languages), 1 + rng.Next(2), rng.Next(2) == 0 ? Pick(rng, Countries) : null))
            .ToArray();
        var persons = staff.Where(m => m.Kind == StaffKind.Person).ToArray();
        var preferences = Enumerable.Range(0, rng.Next(4)).Select(_ => Preference(rng, Pick(rng, persons).Id, windows, start, sites)).ToArray();
        var problem = new PlanningProblem
        {
            Name = "tiny",
            HorizonStart = start,
            HorizonDays = days,
            Sites = sites,
            Windows = windows,
            Demands = demands,
            Staff = staff,
            LanguageNeeds = needs,
            Preferences = preferences,
            TravelTimes = sites.Count == 2 && rng.Next(2) == 0 ? [new TravelTime("A", "B", 30 + rng.Next(600))] : [],
            Rules = new RuleSettings
            {
                Limits = Limits(rng),
                HostsPerForeign = rng.Next(3),
                DefaultChangeoverMinutes = rng.Next(3) * 60,
                ForbiddenSuccessions = rng.Next(2) == 0 ? ["night>early", "late>early"] : [],
                FairNights = rng.Next(2) == 0 ? rng.Next(2) : null,
                FairWeekendDays = rng.Next(2) == 0 ? rng.Next(2) : null,
                RunsContinueBeyondHorizon = rng.Next(2) == 0,
                Overrides = Overrides(rng),
            },
        };

        if (rng.Next(3) == 0)
        {
            problem = problem with
            {
                Published = Plan(rng, problem),
                FrozenUntil = rng.Next(2) == 0 ? start.AddHours(rng.Next(days * 24)) : null,
            };
        }

        return problem;
    }

    /// <summary>
    /// A random plan: each unit takes, now and then, a demand of a window it has the capability for; rarely a second
    /// demand of the same window (one at a time broken).
    /// </summary>
    public static Assignment[] Plan(Random rng, PlanningProblem problem)
    {
        var plan = new List<Assignment>();
        foreach (var unit in problem.Staff.GroupBy(m => m.TeamId ?? m.Id))
        {
            var caps = unit.SelectMany(m => m.Capabilities).ToHashSet();
            foreach (var w in problem.Windows)
            {
                var options = problem.Demands.Where(d => d.WindowId == w.Id && caps.Contains(d.Capability)).ToArray();
                var take = options.Length == 0 || rng.Next(3) != 0 ? 0 : rng.Next(20) == 0 ? 2 : 1;
                foreach (var d in options.OrderBy(_ => rng.Next()).Take(take))
                {
                    plan.AddRange(unit.Select(m => new Assignment(m.Id, d.SiteId, d.WindowId, d.Capability)));
                }
            }
        }

        return [.. plan];
    }

    private static IEnumerable<(int Hour, int Hours, string Kind)> Shifts(Random rng, bool dayRoster)
    {
        if (dayRoster)
        {
            // All start together and overlap: a member works one of them a day.
            return new[] { (6, 8, "early"), (6, 10, "late"), (6, 12, "night") }.Where(_ => rng.Next(3) > 0);
        }

        return new[] { (6, 8, "early"), (14, 8, "late"), (22, 8, "night"), (10, 4, "late") }.Where(_ => rng.Next(2) == 0);
    }

    private static StaffMember Member(Random rng, string id, DateTimeOffset start, int days, string[] caps) => new()
    {
        Id = id,
        Capabilities = caps,
        Languages = Languages.Where(_ => rng.Next(2) == 0).ToArray(),
        Country = Pick(rng, Countries),
        Host = rng.Next(3) > 0,
        Armed = rng.Next(3) > 0,
        HostsAlongside = rng.Next(3) == 0 ? rng.Next(3) : null,
        NoPowers = rng.Next(4) == 0,
        Availability = rng.Next(3) == 0 ? [new Availability(start.AddHours(rng.Next(days * 12)), start.AddDays(days).AddHours(-rng.Next(days * 12)))] : [],
        DaysOff = rng.Next(3) == 0 ? [DateOnly.FromDateTime(start.AddDays(rng.Next(days)).UtcDateTime)] : [],
        Limits = rng.Next(2) == 0 ? Limits(rng) : null,
    };

    private static WorkLimits Limits(Random rng) => new()
    {
        MaxShiftMinutes = Maybe(rng, () => 480 + (60 * rng.Next(5))),
        MinRestMinutes = Maybe(rng, () => 60 * rng.Next(14)),
        MaxMinutesPer7Days = Maybe(rng, () => 480 + (60 * rng.Next(30))),
        MaxConsecutiveDays = Maybe(rng, () => 1 + rng.Next(3)),
        MinConsecutiveDays = Maybe(rng, () => 1 + rng.Next(3)),
        MinConsecutiveDaysOff = Maybe(rng, () => 1 + rng.Next(3)),
        MaxTotalMinutes = Maybe(rng, () => 480 + (60 * rng.Next(30))),
        MinTotalMinutes = Maybe(rng, () => 60 * rng.Next(20)),
        MaxWeekends = Maybe(rng, () => rng.Next(2)),
        MaxShiftsPerKind = rng.Next(3) == 0 ? new Dictionary<string, int> { [Pick(rng, ["early", "late", "night"])] = rng.Next(3) } : null,
    };

    private static Preference Preference(Random rng, string staff, List<TimeWindow> windows, DateTimeOffset start, List<Site> sites)
    {
        var kind = rng.Next(2) == 0 ? PreferenceKind.Prefer : PreferenceKind.Avoid;
        var window = rng.Next(2) == 0 && windows.Count > 0 ? Pick(rng, windows).Id : null;
        var day = window is null ? DateOnly.FromDateTime(start.AddDays(rng.Next(3)).UtcDateTime) : (DateOnly?)null;
        return new Preference(staff, kind, 1 + rng.Next(40), window, day, rng.Next(3) == 0 ? Pick(rng, sites).Id : null);
    }

    private static Dictionary<string, RuleSetting> Overrides(Random rng)
    {
        var overrides = new Dictionary<string, RuleSetting>();
        foreach (var rule in RuleCatalog.Describe().Where(r => r.Adjustable))
        {
            switch (rng.Next(5))
            {
                case 0:
                    overrides[rule.Name] = new RuleSetting(Enabled: false);
                    break;
                case 1:
                    overrides[rule.Name] = new RuleSetting(Hard: true);
                    break;
                case 2:
                    overrides[rule.Name] = new RuleSetting(Hard: false, Weight: 1 + rng.Next(50));
                    break;
            }
        }

        return overrides;
    }

    private static int? Maybe(Random rng, Func<int> value) => rng.Next(2) == 0 ? value() : null;

    private static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    /// <summary>
    /// The property every hand-written move keeps: run on 200 random tiny plans (as re-plans of themselves when
    /// <paramref name="published"/> says so for the draw), it never makes the score worse, and the score it keeps
    /// as it goes is the rules' score of the plan it leaves.
    /// </summary>
    public static void MoveNeverWorsens(Func<Random, bool> published, Action<CompiledProblem, Solution, int> move) =>
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var rng = new Random(seed);
            var problem = Problem(rng, dayRoster: false);
            var plan = Plan(rng, problem);
            problem = published(rng) ? problem with { Published = plan } : problem;
            var (p, s) = Paths.Loaded(problem, plan);
            var before = s.Total;

            move(p, s, seed);

            var again = Paths.Loaded(p, s.ToAssignments());
            Assert.True(s.Total <= before, $"seed {seed}: {before} became {s.Total}");
            Assert.Equal(again.Total, s.Total);
            return true;
        }));
}
