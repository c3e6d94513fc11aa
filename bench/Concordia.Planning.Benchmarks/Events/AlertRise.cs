using Concordia.Planning.Model;

namespace Concordia.Planning.Benchmarks.Events;

/// <summary>
/// The benchmark's re-planning change: the national alert level rises, as in the product's Paris 2024 data when
/// "Urgence attentat" is in force. From the announcement to the end of the event, at every site, demand for patrol
/// officers and public-order units is multiplied by 1.35 and for explosive-detection dog teams by 1.5 (each demand
/// line rounded half away from zero, as the Paris data's generator does); bomb disposal and CBRN teams are unchanged. The change comes with the default frozen horizon.
/// </summary>
public static class AlertRise
{
    public static IReadOnlyDictionary<string, double> Factors { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["patrol"] = 1.35,
        ["public-order"] = 1.35,
        ["k9-explosive"] = 1.5,
    };

    /// <summary>The rise announced at <paramref name="now"/>: every demand line of a window starting then or later is raised.</summary>
    public static PlanChange Create(PlanningProblem problem, DateTimeOffset now)
    {
        var starts = problem.Windows.ToDictionary(w => w.Id, w => w.Start, StringComparer.Ordinal);
        var raised = problem.Demands
            .Where(d => starts[d.WindowId] >= now && Factors.ContainsKey(d.Capability))
            .Select(d => d with { Required = (int)Math.Round(d.Required * Factors[d.Capability], MidpointRounding.AwayFromZero) })
            .Where(d => d.Required > 0)
            .ToArray();
        return new PlanChange { Now = now, Demands = raised };
    }

    /// <summary>Units the change adds to the problem's demand (the raised lines' new totals minus their old ones).</summary>
    public static int UnitsAdded(PlanningProblem problem, PlanChange change)
    {
        var before = problem.Demands.ToDictionary(d => (d.SiteId, d.WindowId, d.Capability), d => d.Required);
        return change.Demands.Sum(d => d.Required - before.GetValueOrDefault((d.SiteId, d.WindowId, d.Capability)));
    }
}
