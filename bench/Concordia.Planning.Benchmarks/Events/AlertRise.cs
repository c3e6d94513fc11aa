using Concordia.Planning.Model;

namespace Concordia.Planning.Benchmarks.Events;

/// <summary>
/// The benchmark's re-planning change: the alert level rises, adding 30% demand (rounded up) on a third of the
/// sites for three days, announced at the start of the first of those days with the default frozen horizon.
/// </summary>
public static class AlertRise
{
    public static PlanChange Create(PlanningProblem problem, int seed, int firstDay)
    {
        var rng = new Random(seed);
        var sites = problem.Sites.Select(s => s.Id).Where(_ => rng.Next(3) == 0).ToHashSet(StringComparer.Ordinal);
        var from = problem.HorizonStart.AddDays(firstDay);
        var to = from.AddDays(3);
        var starts = problem.Windows.ToDictionary(w => w.Id, w => w.Start, StringComparer.Ordinal);
        var raised = problem.Demands
            .Where(d => sites.Contains(d.SiteId) && starts[d.WindowId] >= from && starts[d.WindowId] < to)
            .Select(d => d with { Required = d.Required + (int)Math.Ceiling(d.Required * 0.3) })
            .ToArray();
        return new PlanChange { Now = from, Demands = raised };
    }
}
