using Concordia.Planning.Model;
using Concordia.Planning.Rules;

namespace Concordia.Planning.Io;

/// <summary>Checks a parsed problem's meaning (references, intervals, ranges) and names each faulty element by path.</summary>
public static class ProblemChecker
{
    private const int MaxErrors = 50;

    public static IReadOnlyList<InputError> Check(PlanningProblem p)
    {
        var e = new Errors();
        if (string.IsNullOrWhiteSpace(p.Name))
        {
            e.Add("name", "must not be empty");
        }

        if (p.HorizonDays is < 1 or > 3660)
        {
            e.Add("horizonDays", "must be between 1 and 3660");
        }

        var sites = Unique(e, "sites", p.Sites, s => s.Id);
        for (var i = 0; i < p.Sites.Count; i++)
        {
            if (p.Sites[i].ParentId is { } parent && !sites.Contains(parent))
            {
                e.Add($"sites[{i}].parentId", $"unknown site '{parent}'");
            }
        }

        var windows = Unique(e, "windows", p.Windows, w => w.Id);
        for (var i = 0; i < p.Windows.Count; i++)
        {
            var w = p.Windows[i];
            if (w.End <= w.Start)
            {
                e.Add($"windows[{i}].end", "must be after start");
            }

            if (string.IsNullOrWhiteSpace(w.Kind))
            {
                e.Add($"windows[{i}].kind", "must not be empty");
            }
        }

        CheckDemands(e, "demands", p.Demands, sites, windows);
        var staff = Unique(e, "staff", p.Staff, s => s.Id);
        for (var i = 0; i < p.Staff.Count; i++)
        {
            CheckMember(e, $"staff[{i}]", p.Staff[i]);
        }

        var persons = p.Staff.Where(s => s.Kind == StaffKind.Person).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < p.Staff.Count; i++)
        {
            if (p.Staff[i].CommandedBy is not { } leader)
            {
                continue;
            }

            if (p.Staff[i].Kind != StaffKind.Person)
            {
                e.Add($"staff[{i}].commandedBy", "only a person serves under a leader (a dog follows its team)");
            }
            else if (leader == p.Staff[i].Id)
            {
                e.Add($"staff[{i}].commandedBy", "must name another member, not the member itself");
            }
            else if (!persons.Contains(leader))
            {
                e.Add($"staff[{i}].commandedBy", $"unknown person '{leader}'");
            }
        }

        for (var i = 0; i < p.LanguageNeeds.Count; i++)
        {
            var n = p.LanguageNeeds[i];
            Ref(e, $"languageNeeds[{i}].siteId", n.SiteId, sites, "site");
            Ref(e, $"languageNeeds[{i}].windowId", n.WindowId, windows, "window");
            NotEmpty(e, $"languageNeeds[{i}].language", n.Language);
            NonNegative(e, $"languageNeeds[{i}].speakers", n.Speakers);
        }

        for (var i = 0; i < p.Preferences.Count; i++)
        {
            var pref = p.Preferences[i];
            Ref(e, $"preferences[{i}].staffId", pref.StaffId, staff, "member");
            if (pref.WindowId is not null)
            {
                Ref(e, $"preferences[{i}].windowId", pref.WindowId, windows, "window");
            }

            if (pref.SiteId is not null)
            {
                Ref(e, $"preferences[{i}].siteId", pref.SiteId, sites, "site");
            }

            NonNegative(e, $"preferences[{i}].weight", pref.Weight);
        }

        for (var i = 0; i < p.TravelTimes.Count; i++)
        {
            Ref(e, $"travelTimes[{i}].fromSiteId", p.TravelTimes[i].FromSiteId, sites, "site");
            Ref(e, $"travelTimes[{i}].toSiteId", p.TravelTimes[i].ToSiteId, sites, "site");
            NonNegative(e, $"travelTimes[{i}].minutes", p.TravelTimes[i].Minutes);
        }

        CheckRules(e, p.Rules);
        for (var i = 0; i < p.Published.Count; i++)
        {
            Ref(e, $"published[{i}].staffId", p.Published[i].StaffId, staff, "member");
            Ref(e, $"published[{i}].siteId", p.Published[i].SiteId, sites, "site");
        }

        return e.List;
    }

    internal static void CheckDemands(Errors e, string path, IReadOnlyList<Demand> demands, ISet<string> sites, ISet<string> windows)
    {
        var keys = new HashSet<(string, string, string)>();
        for (var i = 0; i < demands.Count; i++)
        {
            var d = demands[i];
            Ref(e, $"{path}[{i}].siteId", d.SiteId, sites, "site");
            Ref(e, $"{path}[{i}].windowId", d.WindowId, windows, "window");
            NotEmpty(e, $"{path}[{i}].capability", d.Capability);
            NonNegative(e, $"{path}[{i}].required", d.Required);
            if (d.Priority < 1)
            {
                e.Add($"{path}[{i}].priority", "must be at least 1");
            }

            NonNegative(e, $"{path}[{i}].underWeight", d.UnderWeight ?? 0);
            NonNegative(e, $"{path}[{i}].overWeight", d.OverWeight ?? 0);
            if (!keys.Add((d.SiteId, d.WindowId, d.Capability)))
            {
                e.Add($"{path}[{i}]", "repeats the demand for this site, window and capability");
            }
        }
    }

    private static void CheckMember(Errors e, string path, StaffMember m)
    {
        NonNegative(e, $"{path}.hostsAlongside", m.HostsAlongside ?? 0);
        for (var j = 0; j < m.Availability.Count; j++)
        {
            if (m.Availability[j].End <= m.Availability[j].Start)
            {
                e.Add($"{path}.availability[{j}].end", "must be after start");
            }
        }

        for (var j = 0; j < m.Capabilities.Count; j++)
        {
            NotEmpty(e, $"{path}.capabilities[{j}]", m.Capabilities[j]);
        }

        if (m.Limits is { } l)
        {
            CheckLimits(e, $"{path}.limits", l);
        }
    }

    private static void CheckLimits(Errors e, string path, WorkLimits l)
    {
        NonNegative(e, $"{path}.maxShiftMinutes", l.MaxShiftMinutes ?? 0);
        NonNegative(e, $"{path}.minRestMinutes", l.MinRestMinutes ?? 0);
        NonNegative(e, $"{path}.maxMinutesPer7Days", l.MaxMinutesPer7Days ?? 0);
        NonNegative(e, $"{path}.maxConsecutiveDays", l.MaxConsecutiveDays ?? 0);
        NonNegative(e, $"{path}.minConsecutiveDays", l.MinConsecutiveDays ?? 0);
        NonNegative(e, $"{path}.minConsecutiveDaysOff", l.MinConsecutiveDaysOff ?? 0);
        NonNegative(e, $"{path}.maxTotalMinutes", l.MaxTotalMinutes ?? 0);
        NonNegative(e, $"{path}.minTotalMinutes", l.MinTotalMinutes ?? 0);
        NonNegative(e, $"{path}.maxWeekends", l.MaxWeekends ?? 0);
        foreach (var (kind, max) in l.MaxShiftsPerKind ?? new Dictionary<string, int>())
        {
            NonNegative(e, $"{path}.maxShiftsPerKind.{kind}", max);
        }
    }

    private static void CheckRules(Errors e, RuleSettings r)
    {
        CheckLimits(e, "rules.limits", r.Limits);
        NonNegative(e, "rules.hostsPerForeign", r.HostsPerForeign);
        NonNegative(e, "rules.defaultChangeoverMinutes", r.DefaultChangeoverMinutes);
        for (var i = 0; i < r.ForbiddenSuccessions.Count; i++)
        {
            var parts = r.ForbiddenSuccessions[i].Split('>');
            if (parts.Length != 2 || parts.Any(string.IsNullOrWhiteSpace))
            {
                e.Add($"rules.forbiddenSuccessions[{i}]", "must read 'fromKind>toKind'");
            }
        }

        foreach (var (name, setting) in r.Overrides)
        {
            if (!RuleCatalog.IsKnown(name))
            {
                e.Add($"rules.overrides.{name}", $"unknown rule; known rules: {string.Join(", ", RuleCatalog.Describe().Select(d => d.Name))}");
            }
            else if (!RuleCatalog.IsAdjustable(name))
            {
                e.Add($"rules.overrides.{name}", "this rule is always on and hard (a member is in one place at a time, a plan names what exists, a team moves as one)");
            }

            NonNegative(e, $"rules.overrides.{name}.weight", setting.Weight ?? 0);
        }
    }

    internal static HashSet<string> Unique<T>(Errors e, string path, IReadOnlyList<T> items, Func<T, string> id)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var key = id(items[i]);
            if (string.IsNullOrWhiteSpace(key))
            {
                e.Add($"{path}[{i}].id", "must not be empty");
            }
            else if (!set.Add(key))
            {
                e.Add($"{path}[{i}].id", $"duplicate id '{key}'");
            }
        }

        return set;
    }

    internal static void Ref(Errors e, string path, string? value, ISet<string> known, string what)
    {
        if (value is null || !known.Contains(value))
        {
            e.Add(path, $"unknown {what} '{value}'");
        }
    }

    private static void NotEmpty(Errors e, string path, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            e.Add(path, "must not be empty");
        }
    }

    private static void NonNegative(Errors e, string path, int value)
    {
        if (value < 0)
        {
            e.Add(path, "must not be negative");
        }
    }

    /// <summary>Stops collecting after a screenful: the first errors are the ones to fix.</summary>
    internal sealed class Errors
    {
        public List<InputError> List { get; } = [];

        public void Add(string path, string message)
        {
            if (List.Count < MaxErrors)
            {
                List.Add(new InputError(path, message));
            }
        }
    }
}
