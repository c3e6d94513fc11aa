using Concordia.Domain.Events;
using Concordia.Domain.Planning;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concordia.Web.Features.Planning;

/// <summary>A plan's duties as a table in local time: one row per unit on duty with its people.</summary>
public static class PlanExport
{
    private static readonly string[] Headers = ["Day", "Start", "End", "Site", "Capability", "Country", "Unit", "People"];

    public static async Task<FileContentHttpResult> FileAsync(Event ev, PlanVersion version, IReadOnlyList<PlanDutyDto> duties, string format, CancellationToken ct)
    {
        var rows = duties.Select(d => (IReadOnlyList<object?>)
        [
            d.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), d.Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            d.End.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), d.Site, d.Capability, d.Country, d.Unit,
            string.Join("; ", d.People.Select(p => p.Dog is null ? p.Name : $"{p.Name} ({p.Dog})")),
        ]).ToList();
        var name = $"{ev.Code}-plan-{version.Number}";
        if (format == "xlsx")
        {
            return TypedResults.File(TableExport.ToXlsx($"Plan {version.Number}", Headers, rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
        }

        using var memory = new MemoryStream();
        await TableExport.WriteCsvAsync(memory, Headers, rows, ct);
        return TypedResults.File(memory.ToArray(), "text/csv", name + ".csv");
    }
}
