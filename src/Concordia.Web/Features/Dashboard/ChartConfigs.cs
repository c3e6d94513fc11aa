using Concordia.Web.Features.Requirements;

namespace Concordia.Web.Features.Dashboard;

/// <summary>Chart.js configurations built on the server from computed totals.</summary>
public static class ChartConfigs
{
    private static readonly string[] Palette =
        ["#1f5fbf", "#d9822b", "#2e8b57", "#c0392b", "#7d3c98", "#16a085", "#b7950b", "#5d6d7e", "#e84393", "#34495e"];

    /// <summary>People needed per day, stacked by capability.</summary>
    public static object DailyByCapability(RequirementTotalsDto totals)
    {
        var capabilities = totals.Capabilities.Where(c => c.Persons > 0).ToList();
        return new
        {
            type = "bar",
            data = new
            {
                labels = totals.Days.Select(d => d.Day.ToString("ddd d MMM", System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
                datasets = capabilities.Select((c, i) => new
                {
                    label = c.Name,
                    data = totals.Days.Select(d => d.PersonsByCapability.TryGetValue(c.Code, out var q) ? q : 0).ToArray(),
                    backgroundColor = Palette[i % Palette.Length],
                    stack = "demand",
                }).ToArray(),
            },
            options = new
            {
                responsive = true,
                maintainAspectRatio = false,
                animation = false,
                interaction = new { mode = "index", intersect = false },
                plugins = new { legend = new { position = "bottom" } },
                scales = new
                {
                    x = new { stacked = true },
                    y = new { stacked = true, title = new { display = true, text = "people needed (one shift each)" } },
                },
            },
        };
    }
}
