using Concordia.Data.StatusBoard;

namespace Concordia.Web.Features.StatusBoard;

/// <summary>Chart.js configurations of the status board.</summary>
public static class StatusBoardCharts
{
    public static object Stages(StatusBoardDto board, int top = 15)
    {
        var rows = board.Rows.Take(top).ToList();
        return new
        {
            type = "bar",
            data = new
            {
                labels = rows.Select(r => r.Label).ToArray(),
                datasets = new object[]
                {
                    new { label = "Requested", data = rows.Select(r => r.Requested).ToArray(), backgroundColor = "#c7d0da" },
                    new { label = "Pledged", data = rows.Select(r => r.Pledged).ToArray(), backgroundColor = "#6ea3df" },
                    new { label = "Accepted", data = rows.Select(r => r.Accepted).ToArray(), backgroundColor = "#1f5fbf" },
                    new { label = "Arrived", data = rows.Select(r => r.Arrived).ToArray(), backgroundColor = "#2e8b57" },
                },
            },
            options = new
            {
                indexAxis = "y",
                responsive = true,
                maintainAspectRatio = false,
                animation = false,
                plugins = new { legend = new { position = "bottom" } },
                scales = new { x = new { title = new { display = true, text = "people" } } },
            },
        };
    }

    public static object OverTime(StatusBoardDto board) => new
    {
        type = "line",
        data = new
        {
            labels = board.OverTime.Select(p => p.Day.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
            datasets = new object[]
            {
                new { label = "Pledged (cumulative)", data = board.OverTime.Select(p => p.Pledged).ToArray(), borderColor = "#6ea3df", backgroundColor = "#6ea3df", stepped = true },
                new { label = "Accepted (cumulative)", data = board.OverTime.Select(p => p.Accepted).ToArray(), borderColor = "#1f5fbf", backgroundColor = "#1f5fbf", stepped = true },
            },
        },
        options = new
        {
            responsive = true,
            maintainAspectRatio = false,
            animation = false,
            plugins = new { legend = new { position = "bottom" } },
            scales = new { y = new { beginAtZero = true, title = new { display = true, text = "people" } } },
        },
    };
}
