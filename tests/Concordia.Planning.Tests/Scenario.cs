using Concordia.Planning.Model;
using Concordia.Planning.Solving;
using Concordia.Planning.Validation;

namespace Concordia.Planning.Tests;

/// <summary>Builds tiny problems that read like the domain: sites, shifts on days, demand, officers.</summary>
internal sealed class Scenario
{
    /// <summary>Monday 22 July 2024, 00:00 UTC.</summary>
    public static readonly DateTimeOffset Monday = new(2024, 7, 22, 0, 0, 0, TimeSpan.Zero);

    private readonly List<Site> sites = [new("A", "Site A")];
    private readonly List<TimeWindow> windows = [];
    private readonly List<Demand> demands = [];
    private readonly List<StaffMember> staff = [];
    private readonly List<LanguageNeed> needs = [];
    private readonly List<Preference> preferences = [];
    private RuleSettings rules = new() { Limits = new WorkLimits(), ForbiddenSuccessions = [] };
    private int days = 7;

    public Scenario Days(int n)
    {
        days = n;
        return this;
    }

    public Scenario Site(string id, string? parent = null)
    {
        sites.Add(new Site(id, $"Site {id}", parent));
        return this;
    }

    /// <summary>A window on day <paramref name="day"/> from <paramref name="hour"/> for <paramref name="hours"/> hours.</summary>
    public Scenario Shift(string id, int day, int hour, int hours, string kind = "early", bool night = false)
    {
        var start = Monday.AddDays(day).AddHours(hour);
        windows.Add(new TimeWindow(id, start, start.AddHours(hours), kind, night));
        return this;
    }

    public Scenario Need(string window, int required, string cap = "patrol", string site = "A", int priority = 1, bool armed = false)
    {
        demands.Add(new Demand(site, window, cap, required, priority, Armed: armed));
        return this;
    }

    public Scenario Officer(string id, Func<StaffMember, StaffMember>? shape = null)
    {
        var m = new StaffMember { Id = id, Capabilities = ["patrol"], Languages = ["fr"], Country = "FR" };
        staff.Add(shape is null ? m : shape(m));
        return this;
    }

    public Scenario Language(string window, string language, int speakers, string? country = null, string site = "A")
    {
        needs.Add(new LanguageNeed(site, window, language, speakers, country));
        return this;
    }

    public Scenario Prefers(string staffId, PreferenceKind kind, int weight, string window)
    {
        preferences.Add(new Preference(staffId, kind, weight, window));
        return this;
    }

    public Scenario Rules(Func<RuleSettings, RuleSettings> change)
    {
        rules = change(rules);
        return this;
    }

    public Scenario Limits(WorkLimits limits) => Rules(r => r with { Limits = limits });

    /// <summary>Overrides one rule's switch, hardness or weight, as a problem file's <c>rules.overrides</c> does.</summary>
    public Scenario Override(string rule, RuleSetting setting) =>
        Rules(r => r with { Overrides = new Dictionary<string, RuleSetting>(r.Overrides) { [rule] = setting } });

    public PlanningProblem Build() => new()
    {
        Name = "scenario",
        HorizonStart = Monday,
        HorizonDays = days,
        Sites = sites,
        Windows = windows,
        Demands = demands,
        Staff = staff,
        LanguageNeeds = needs,
        Preferences = preferences,
        Rules = rules,
    };

    /// <summary>Solves with a fixed iteration budget (no clock), so the result is the same on every machine.</summary>
    public static PlanResult Solve(PlanningProblem problem, int iterations = 8, int seed = 1, IReadOnlyList<Assignment>? start = null) =>
        new PlanningEngine().Solve(
            problem,
            new SolveOptions { TimeLimit = TimeSpan.FromMinutes(5), MaxIterations = iterations, Seed = seed, Start = start ?? [] },
            null,
            CancellationToken.None);

    public static PlanReport Check(PlanningProblem problem, params Assignment[] assignments) => PlanValidator.Validate(problem, assignments);

    public static long Cost(PlanReport report, string rule) => report.ByRule.Single(r => r.Rule == rule).Cost;

    public static long Amount(PlanReport report, string rule) => report.ByRule.Single(r => r.Rule == rule).Violations;

    public static Assignment On(string staffId, string window, string site = "A", string cap = "patrol") => new(staffId, site, window, cap);
}
