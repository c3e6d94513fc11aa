using System.Globalization;
using Concordia.Domain.Lodging;

namespace Concordia.Web.Features.Lodging;

/// <summary>The occupancy chart: beds taken per site stacked night by night, beds offered as a line, members without a bed as a red bar.</summary>
public static class LodgingChart
{
    private static readonly string[] Colours = ["#1f5fbf", "#2e8b57", "#d9822b", "#7d3c98", "#5d6d7e", "#c0a000"];

    public static object Of(LodgingBoardDto board, IReadOnlyList<AccommodationSite> sites)
    {
        var labels = board.Nights.Select(n => n.ToString("d MMM", CultureInfo.InvariantCulture)).ToArray();
        var capacity = board.Nights.Select(n => sites.Sum(s => s.CapacityOn(n))).ToArray();
        var datasets = board.Sites.Select((s, i) => (object)new
        {
            type = "bar",
            label = s.Code,
            data = s.Occupied.ToArray(),
            backgroundColor = Colours[i % Colours.Length],
            stack = "beds",
        }).Append(new
        {
            type = "bar",
            label = "Without a bed",
            data = board.Unassigned.ToArray(),
            backgroundColor = "#c0392b",
            stack = "beds",
        }).Append(new
        {
            type = "line",
            label = "Beds offered",
            data = capacity,
            borderColor = "#10243e",
            backgroundColor = "#10243e",
            stepped = true,
            pointRadius = 0,
        }).ToArray();
        return new
        {
            type = "bar",
            data = new { labels, datasets },
            options = new
            {
                responsive = true,
                maintainAspectRatio = false,
                animation = false,
                plugins = new { legend = new { position = "bottom" } },
                scales = new { x = new { stacked = true }, y = new { stacked = true, beginAtZero = true, title = new { display = true, text = "beds" } } },
            },
        };
    }
}
