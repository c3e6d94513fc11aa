using Concordia.Planning.Io;
using Concordia.Planning.Model;

namespace Concordia.Planning.Replanning;

/// <summary>
/// Turns a problem, its published plan and a change into the re-planning problem: the change's demand and windows
/// merged in, absent members and closed sites cut from the given instant, the plan marked as published and the
/// frozen horizon set. The engine then starts from the published plan, so only what must move, moves.
/// </summary>
public static class ChangeApplier
{
    public static LoadResult<PlanningProblem> Apply(PlanningProblem problem, IReadOnlyList<Assignment> published, PlanChange change)
    {
        var errors = Check(problem, change);
        if (errors.Count > 0)
        {
            return new LoadResult<PlanningProblem>(null, errors);
        }

        var windows = problem.Windows.Concat(change.AddedWindows).ToArray();
        var windowStart = windows.ToDictionary(w => w.Id, w => w.Start, StringComparer.Ordinal);
        var closures = change.ClosedSites.ToLookup(c => c.SiteId, c => c.From, StringComparer.Ordinal);
        var parents = problem.Sites.ToDictionary(s => s.Id, s => s.ParentId, StringComparer.Ordinal);
        bool Closed(string site, string window)
        {
            for (var s = site; s is not null; s = parents.GetValueOrDefault(s))
            {
                if (closures[s].Any(from => windowStart[window] >= from))
                {
                    return true;
                }
            }

            return false;
        }

        var replaced = change.Demands.ToDictionary(d => (d.SiteId, d.WindowId, d.Capability));
        // Materialised before the leftovers are read: the replacements are removed from the map as they are used.
        var merged = problem.Demands.Select(d => replaced.Remove((d.SiteId, d.WindowId, d.Capability), out var r) ? r : d).ToList();
        merged.AddRange(replaced.Values);
        var demands = merged.Select(d => Closed(d.SiteId, d.WindowId) ? d with { Required = 0 } : d).ToArray();
        var absences = change.AbsentStaff.ToDictionary(a => a.StaffId, a => a.From, StringComparer.Ordinal);
        var staff = problem.Staff.Select(m => absences.TryGetValue(m.Id, out var from) ? Cut(problem, m, from) : m).ToArray();
        return new LoadResult<PlanningProblem>(
            problem with
            {
                Windows = windows,
                Demands = demands,
                Staff = staff,
                Published = published,
                FrozenUntil = change.Now.AddMinutes(change.FrozenMinutes),
            },
            []);
    }

    /// <summary>Availability ends at <paramref name="from"/> (an empty list would mean "always available").</summary>
    private static StaffMember Cut(PlanningProblem problem, StaffMember m, DateTimeOffset from)
    {
        var periods = m.Availability.Count == 0
            ? [new Availability(problem.HorizonStart.AddDays(-1), problem.HorizonStart.AddDays(problem.HorizonDays + 1))]
            : m.Availability;
        var kept = periods.Where(a => a.Start < from).Select(a => a with { End = a.End < from ? a.End : from }).ToList();
        if (kept.Count == 0)
        {
            kept.Add(new Availability(problem.HorizonStart.AddDays(-2), problem.HorizonStart.AddDays(-1)));
        }

        return m with { Availability = kept };
    }

    private static IReadOnlyList<InputError> Check(PlanningProblem problem, PlanChange change)
    {
        var e = new ProblemChecker.Errors();
        var sites = problem.Sites.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var windows = problem.Windows.Select(w => w.Id).ToHashSet(StringComparer.Ordinal);
        var staff = problem.Staff.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < change.AddedWindows.Count; i++)
        {
            var w = change.AddedWindows[i];
            if (!windows.Add(w.Id))
            {
                e.Add($"addedWindows[{i}].id", $"duplicate window id '{w.Id}'");
            }

            if (w.End <= w.Start)
            {
                e.Add($"addedWindows[{i}].end", "must be after start");
            }
        }

        ProblemChecker.CheckDemands(e, "demands", change.Demands, sites, windows);
        if (change.FrozenMinutes < 0)
        {
            e.Add("frozenMinutes", "must not be negative");
        }

        for (var i = 0; i < change.AbsentStaff.Count; i++)
        {
            ProblemChecker.Ref(e, $"absentStaff[{i}].staffId", change.AbsentStaff[i].StaffId, staff, "member");
        }

        for (var i = 0; i < change.ClosedSites.Count; i++)
        {
            ProblemChecker.Ref(e, $"closedSites[{i}].siteId", change.ClosedSites[i].SiteId, sites, "site");
        }

        return e.List;
    }
}
