using Concordia.Planning.Model;
using Concordia.Planning.Rules;

namespace Concordia.Planning.Engine;

/// <summary>Turns the string-keyed problem into arrays. The problem must have passed the problem checker.</summary>
internal sealed partial class CompiledProblem
{
    private readonly string[] kindNames;
    private readonly string[] capNames;
    private readonly string[] languageNames;
    private readonly string[] countryNames;

    public CompiledProblem(PlanningProblem problem)
    {
        Source = problem;
        Rules = new RuleBook(problem.Rules);

        for (var i = 0; i < problem.Sites.Count; i++)
        {
            SiteIndex[problem.Sites[i].Id] = i;
        }

        SiteRoot = new int[problem.Sites.Count];
        for (var i = 0; i < SiteRoot.Length; i++)
        {
            var root = i;
            for (var hops = 0; hops < 8 && problem.Sites[root].ParentId is { } parent && SiteIndex.TryGetValue(parent, out var up); hops++)
            {
                root = up;
            }

            SiteRoot[i] = root;
        }

        foreach (var t in problem.TravelTimes)
        {
            if (SiteIndex.TryGetValue(t.FromSiteId, out var a) && SiteIndex.TryGetValue(t.ToSiteId, out var b))
            {
                travel[Key(SiteRoot[a], SiteRoot[b])] = t.Minutes;
            }
        }

        WindowCount = problem.Windows.Count;
        WinStart = new int[WindowCount];
        WinEnd = new int[WindowCount];
        WinDay = new int[WindowCount];
        WinKind = new int[WindowCount];
        WinNight = new bool[WindowCount];
        var lastDay = problem.HorizonDays - 1;
        for (var w = 0; w < WindowCount; w++)
        {
            var win = problem.Windows[w];
            WindowIndex[win.Id] = w;
            WinStart[w] = Minutes(win.Start);
            WinEnd[w] = Minutes(win.End);
            WinDay[w] = (int)Math.Floor(WinStart[w] / 1440.0);
            WinKind[w] = Intern(KindIndex, win.Kind);
            WinNight[w] = win.Night;
            lastDay = Math.Max(lastDay, WinDay[w]);
        }

        Days = Math.Max(1, lastDay + 1);
        DayIsWeekend = new bool[Days];
        for (var d = 0; d < Days; d++)
        {
            var dow = problem.HorizonStart.AddDays(d).DayOfWeek;
            DayIsWeekend[d] = dow is DayOfWeek.Saturday or DayOfWeek.Sunday;
        }

        foreach (var pair in problem.Rules.ForbiddenSuccessions)
        {
            var parts = pair.Split('>', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2)
            {
                Intern(KindIndex, parts[0]);
                Intern(KindIndex, parts[1]);
            }
        }

        ForbiddenAfter = new bool[KindIndex.Count, KindIndex.Count];
        foreach (var pair in problem.Rules.ForbiddenSuccessions)
        {
            var parts = pair.Split('>', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2)
            {
                ForbiddenAfter[KindIndex[parts[0]], KindIndex[parts[1]]] = true;
            }
        }

        // Demands, grouped into cells (site × window).
        var cellIndex = new Dictionary<(int, int), int>();
        var cellSite = new List<int>();
        var cellWindow = new List<int>();
        var cellDemands = new List<List<int>>();
        int CellOf(int site, int window)
        {
            if (!cellIndex.TryGetValue((site, window), out var c))
            {
                c = cellSite.Count;
                cellIndex[(site, window)] = c;
                cellSite.Add(site);
                cellWindow.Add(window);
                cellDemands.Add([]);
            }

            return c;
        }

        DemandCount = problem.Demands.Count;
        DemSite = new int[DemandCount];
        DemWindow = new int[DemandCount];
        DemCap = new int[DemandCount];
        DemRequired = new int[DemandCount];
        DemUnder = new int[DemandCount];
        DemOver = new int[DemandCount];
        DemCell = new int[DemandCount];
        DemArmed = new bool[DemandCount];
        var windowDemands = Enumerable.Range(0, WindowCount).Select(_ => new List<int>()).ToArray();
        for (var d = 0; d < DemandCount; d++)
        {
            var dem = problem.Demands[d];
            DemSite[d] = SiteIndex[dem.SiteId];
            DemWindow[d] = WindowIndex[dem.WindowId];
            DemCap[d] = Intern(CapIndex, dem.Capability);
            DemRequired[d] = dem.Required;
            DemUnder[d] = dem.UnderWeight ?? Rules.Get<CoverageRule>().Weight * Math.Max(1, dem.Priority);
            DemOver[d] = dem.OverWeight ?? Rules.Get<OverCoverRule>().Weight;
            DemCell[d] = CellOf(DemSite[d], DemWindow[d]);
            DemArmed[d] = dem.Armed;
            cellDemands[DemCell[d]].Add(d);
            windowDemands[DemWindow[d]].Add(d);
            DemandIndex[(DemSite[d], DemWindow[d], DemCap[d])] = d;
        }

        WindowDemands = windowDemands.Select(l => l.ToArray()).ToArray();

        var needs = problem.LanguageNeeds;
        NeedCell = new int[needs.Count];
        NeedLanguage = new int[needs.Count];
        NeedSpeakers = new int[needs.Count];
        NeedCountry = new int[needs.Count];
        var cellNeeds = new Dictionary<int, List<int>>();
        for (var n = 0; n < needs.Count; n++)
        {
            NeedCell[n] = CellOf(SiteIndex[needs[n].SiteId], WindowIndex[needs[n].WindowId]);
            NeedLanguage[n] = Intern(LanguageIndex, needs[n].Language);
            NeedSpeakers[n] = needs[n].Speakers;
            NeedCountry[n] = needs[n].VisitorCountry is { } c ? Intern(CountryIndex, c) : -1;
            (cellNeeds.TryGetValue(NeedCell[n], out var list) ? list : cellNeeds[NeedCell[n]] = []).Add(n);
        }

        CellCount = cellSite.Count;
        CellSite = [.. cellSite];
        CellWindow = [.. cellWindow];
        CellDemands = cellDemands.Select(l => l.ToArray()).ToArray();
        CellNeeds = Enumerable.Range(0, CellCount).Select(c => cellNeeds.TryGetValue(c, out var l) ? l.ToArray() : []).ToArray();

        (StaffCount, StaffAgent, StaffHost, StaffPerson, StaffCountry, StaffLanguages, StaffCaps, StaffAvailability, StaffDaysOff, StaffLimits)
            = CompileStaff(problem);
        (AgentCount, AgentMembers, AgentCaps, AgentsByCap) = CompileAgents(problem);
        AgentHost = AgentMembers.Select(ms => ms.Count(m => StaffPerson[m] && StaffHost[m])).ToArray();
        AgentForeign = AgentMembers.Select(ms => ms.Count(m => StaffPerson[m] && !StaffHost[m])).ToArray();
        StaffArmed = [.. problem.Staff.Select(s => s.Armed)];
        StaffHostsNeeded = [.. Enumerable.Range(0, StaffCount)
            .Select(s => StaffPerson[s] && !StaffHost[s] ? problem.Staff[s].HostsAlongside ?? Rules.HostsPerForeign : 0)];
        AgentHostsNeeded = AgentMembers.Select(ms => ms.Sum(m => StaffHostsNeeded[m])).ToArray();
        StaffNoPowers = [.. problem.Staff.Select(s => s.NoPowers)];
        AgentWithPowers = AgentMembers.Select(ms => ms.Count(m => StaffPerson[m] && !StaffNoPowers[m])).ToArray();
        AgentNoPowers = AgentMembers.Select(ms => ms.Count(m => StaffPerson[m] && StaffNoPowers[m])).ToArray();
        (CommandGroupCount, CommandLeader, CommandSize, StaffCommandGroup, StaffLeadsGroup, AgentCommand) = CompileCommand(problem);

        var prefs = Enumerable.Range(0, StaffCount).Select(_ => new List<Preference>()).ToArray();
        foreach (var pref in problem.Preferences)
        {
            prefs[StaffIndex[pref.StaffId]].Add(pref);
        }

        StaffPreferences = prefs.Select(l => l.ToArray()).ToArray();
        FrozenUntil = problem.FrozenUntil is { } frozen ? Minutes(frozen) : int.MinValue;
        (StaffPublished, PublishedDuties) = CompilePublished(problem);

        var persons = Math.Max(1, StaffPerson.Count(x => x));
        long nightUnits = 0, weekendUnits = 0;
        var halves = new long[2];
        for (var d = 0; d < DemandCount; d++)
        {
            var w = DemWindow[d];
            nightUnits += WinNight[w] ? DemRequired[d] : 0;
            if ((uint)WinDay[w] < (uint)Days)
            {
                weekendUnits += DayIsWeekend[WinDay[w]] ? DemRequired[d] : 0;
                halves[WinDay[w] * 2 / Days] += (long)DemRequired[d] * (WinEnd[w] - WinStart[w]);
            }
        }

        LaterHalfBusier = halves[1] * 10 > halves[0] * 11;

        FairNights = problem.Rules.FairNights ?? (int)((nightUnits + persons - 1) / persons) + 1;
        FairWeekendDays = problem.Rules.FairWeekendDays ?? (int)((weekendUnits + persons - 1) / persons) + 1;

        DayWindows = Enumerable.Range(0, Days)
            .Select(day => Enumerable.Range(0, WindowCount).Where(w => WinDay[w] == day).OrderBy(w => WinStart[w]).ToArray())
            .ToArray();
        MaxTravel = travel.Count == 0 ? Rules.DefaultChangeover : Math.Max(Rules.DefaultChangeover, travel.Values.Max());
        DayWindowsOverlap = DayWindows.Select(ws => ws.Length < 2 || ws.Max(w => WinStart[w]) < ws.Min(w => WinEnd[w])).ToArray();
        MaxWindowMinutes = WindowCount == 0 ? 0 : Enumerable.Range(0, WindowCount).Max(w => WinEnd[w] - WinStart[w]);
        kindNames = Names(KindIndex);
        capNames = Names(CapIndex);
        languageNames = Names(LanguageIndex);
        countryNames = Names(CountryIndex);
    }

    /// <summary>The order of a member's duties everywhere: by window start, then by demand.</summary>
    public int CompareDuties(int x, int y)
    {
        var byStart = WinStart[DemWindow[x]].CompareTo(WinStart[DemWindow[y]]);
        return byStart != 0 ? byStart : x.CompareTo(y);
    }

    public string KindName(int k) => kindNames[k];

    public string CapName(int c) => capNames[c];

    public string LanguageName(int l) => languageNames[l];

    public string CountryName(int c) => countryNames[c];

    public int TotalMinutes(ReadOnlySpan<int> duties)
    {
        var total = 0;
        foreach (var d in duties)
        {
            total += WinEnd[DemWindow[d]] - WinStart[DemWindow[d]];
        }

        return total;
    }

    /// <summary>The day index of the weekend's Saturday for a weekend day; int.MinValue on weekdays.</summary>
    public int WeekendKey(int day)
    {
        if ((uint)day >= (uint)Days || !DayIsWeekend[day])
        {
            return int.MinValue;
        }

        return day > 0 && DayIsWeekend[day - 1] ? day - 1 : day;
    }

    public bool Matches(Preference pref, int demand)
    {
        var w = DemWindow[demand];
        if (pref.WindowId is { } wid && (!WindowIndex.TryGetValue(wid, out var pw) || pw != w))
        {
            return false;
        }

        if (pref.Day is { } day && WinDay[w] != DayIndex(day))
        {
            return false;
        }

        return pref.SiteId is not { } sid || (SiteIndex.TryGetValue(sid, out var ps) && ps == DemSite[demand]);
    }

    /// <summary>
    /// The one day whose duties a preference can match (<see cref="Matches"/>): its window's day or its own day; -1 when
    /// it names a window the problem does not have, null when it is tied to no day.
    /// </summary>
    public int? PreferenceDay(Preference pref) =>
        pref.WindowId is { } wid ? (WindowIndex.TryGetValue(wid, out var w) ? WinDay[w] : -1) : pref.Day is { } day ? DayIndex(day) : null;

    private int DayIndex(DateOnly day) => day.DayNumber - DateOnly.FromDateTime(Source.HorizonStart.UtcDateTime).DayNumber;

    private static string[] Names(Dictionary<string, int> map)
    {
        var names = new string[map.Count];
        foreach (var (name, i) in map)
        {
            names[i] = name;
        }

        return names;
    }
}
