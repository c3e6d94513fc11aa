using Concordia.Planning.Model;
using Concordia.Planning.Rules;

namespace Concordia.Planning.Engine;

/// <summary>
/// A problem turned into arrays and indices so rules and search never touch strings or dictionaries in hot paths.
/// Built once per solve; read-only afterwards, so search threads share it.
/// </summary>
internal sealed partial class CompiledProblem
{
    public PlanningProblem Source { get; }
    public RuleBook Rules { get; }
    public int Days { get; }

    // Windows (minutes from the horizon start).
    public int WindowCount { get; }
    public int[] WinStart { get; }
    public int[] WinEnd { get; }
    public int[] WinDay { get; }
    public int[] WinKind { get; }
    public bool[] WinNight { get; }
    public bool[] DayIsWeekend { get; }
    public Dictionary<string, int> KindIndex { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> WindowIndex { get; } = new(StringComparer.Ordinal);
    public bool[,] ForbiddenAfter { get; }
    public int[][] DayWindows { get; private set; } = [];
    public int MaxTravel { get; private set; }

    /// <summary>Per day, whether all its windows share an instant (so a member works at most one of them).</summary>
    public bool[] DayWindowsOverlap { get; private set; } = [];

    /// <summary>The longest window, in minutes: two duties whose starts are further apart never overlap.</summary>
    public int MaxWindowMinutes { get; private set; }

    /// <summary>
    /// Whether the horizon's second half asks for a tenth more minutes of work than its first (contract patterns then
    /// walk the days from the last one back).
    /// </summary>
    public bool LaterHalfBusier { get; private set; }

    // Sites.
    public Dictionary<string, int> SiteIndex { get; } = new(StringComparer.Ordinal);
    public int[] SiteRoot { get; }
    private readonly Dictionary<long, int> travel = [];

    // Demands and cells (a cell is one site in one window).
    public Dictionary<string, int> CapIndex { get; } = new(StringComparer.Ordinal);
    public int DemandCount { get; }
    public int[] DemSite { get; }
    public int[] DemWindow { get; }
    public int[] DemCap { get; }
    public int[] DemRequired { get; }
    public int[] DemUnder { get; }
    public int[] DemOver { get; }
    public int[] DemCell { get; }

    /// <summary>Per demand, whether only armed persons serve it.</summary>
    public bool[] DemArmed { get; }
    public Dictionary<(int Site, int Window, int Cap), int> DemandIndex { get; } = [];
    public int CellCount { get; }
    public int[] CellSite { get; }
    public int[] CellWindow { get; }
    public int[][] CellDemands { get; }
    public int[][] CellNeeds { get; }
    public int[][] WindowDemands { get; }

    // Language needs.
    public Dictionary<string, int> LanguageIndex { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> CountryIndex { get; } = new(StringComparer.Ordinal);
    public int[] NeedCell { get; }
    public int[] NeedLanguage { get; }
    public int[] NeedSpeakers { get; }
    public int[] NeedCountry { get; }

    // Staff and agents (an agent is a team, or a member without a team).
    public int StaffCount { get; }
    public Dictionary<string, int> StaffIndex { get; } = new(StringComparer.Ordinal);
    public int[] StaffAgent { get; }
    public bool[] StaffHost { get; }
    public bool[] StaffPerson { get; }
    public bool[] StaffArmed { get; }

    /// <summary>Per staff, the host officers a foreign person needs alongside (their own number, or the rules' default); 0 for others.</summary>
    public int[] StaffHostsNeeded { get; }

    /// <summary>Per staff, whether a person has executive powers here; dogs have none and count for neither side.</summary>
    public bool[] StaffNoPowers { get; }
    public int[] StaffCountry { get; }
    public int[][] StaffLanguages { get; }
    public int[][] StaffCaps { get; }
    public int[][] StaffAvailability { get; }
    public int[][] StaffDaysOff { get; }
    public Limits[] StaffLimits { get; }
    public Preference[][] StaffPreferences { get; }
    public int[][] StaffPublished { get; }

    /// <summary>Whether the published plan a re-plan starts from gives the member this duty.</summary>
    public bool IsPublished(int staff, int demand) => Array.IndexOf(StaffPublished[staff], demand) >= 0;

    /// <summary>
    /// Each published assignment (in the problem's order) as its member and demand, or (-1, -1) when it names a member,
    /// site, window or capability the problem has no demand for: read once here, by the start and the move count.
    /// </summary>
    public (int Staff, int Demand)[] PublishedDuties { get; }
    public int AgentCount { get; }
    public int[][] AgentMembers { get; }

    /// <summary>Per agent, the host and the foreign persons it brings to a site (dogs count for neither).</summary>
    public int[] AgentHost { get; }
    public int[] AgentForeign { get; }

    /// <summary>Per agent, the host officers its foreign persons need alongside (each their own number, or the rules' default).</summary>
    public int[] AgentHostsNeeded { get; }

    /// <summary>Per agent, its persons with and without executive powers.</summary>
    public int[] AgentWithPowers { get; }
    public int[] AgentNoPowers { get; }

    /// <summary>
    /// Own command: one group per leader that persons serve under (<see cref="Model.StaffMember.CommandedBy"/>); none
    /// when everyone serves under the host's command.
    /// </summary>
    public int CommandGroupCount { get; }

    /// <summary>Per command group, its leader's staff index (-1 when the leader is not in the problem).</summary>
    public int[] CommandLeader { get; }

    /// <summary>Per command group, the persons serving under its leader.</summary>
    public int[] CommandSize { get; }

    /// <summary>Per staff, the command group a person serves in (-1: none), and the group a person leads (-1: none).</summary>
    public int[] StaffCommandGroup { get; }
    public int[] StaffLeadsGroup { get; }

    /// <summary>Per agent, what it brings to each command group it touches: the persons serving in it, and its leader (0 or 1).</summary>
    public (int Group, int Members, int Leaders)[][] AgentCommand { get; }
    public int[][] AgentCaps { get; }
    public int[][] AgentsByCap { get; }

    /// <summary>Minutes from the horizon start before which published duties are frozen; int.MinValue when none.</summary>
    public int FrozenUntil { get; }

    public int FairNights { get; }
    public int FairWeekendDays { get; }

    public int Minutes(DateTimeOffset t) => (int)Math.Floor((t - Source.HorizonStart).TotalMinutes);

    public int Changeover(int siteA, int siteB)
    {
        if (SiteRoot[siteA] == SiteRoot[siteB])
        {
            return 0;
        }

        return travel.TryGetValue(Key(SiteRoot[siteA], SiteRoot[siteB]), out var m) ? m : Rules.DefaultChangeover;
    }

    public bool AgentHasCap(int agent, int cap) => Array.IndexOf(AgentCaps[agent], cap) >= 0;

    /// <summary>Persons of the agent who speak the language.</summary>
    public int AgentSpeakers(int agent, int language)
    {
        var n = 0;
        foreach (var m in AgentMembers[agent])
        {
            n += StaffPerson[m] && Array.IndexOf(StaffLanguages[m], language) >= 0 ? 1 : 0;
        }

        return n;
    }

    /// <summary>Persons of the agent from the country.</summary>
    public int AgentNationals(int agent, int country)
    {
        var n = 0;
        foreach (var m in AgentMembers[agent])
        {
            n += StaffPerson[m] && StaffCountry[m] == country ? 1 : 0;
        }

        return n;
    }

    public bool Available(int staff, int window)
    {
        if (Array.BinarySearch(StaffDaysOff[staff], WinDay[window]) >= 0)
        {
            return false;
        }

        var av = StaffAvailability[staff];
        if (av.Length == 0)
        {
            return true;
        }

        for (var i = 0; i < av.Length; i += 2)
        {
            if (WinStart[window] >= av[i] && WinEnd[window] <= av[i + 1])
            {
                return true;
            }
        }

        return false;
    }


    private static long Key(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    private static int Intern(Dictionary<string, int> map, string key)
    {
        if (!map.TryGetValue(key, out var i))
        {
            i = map.Count;
            map[key] = i;
        }

        return i;
    }
}
