using Concordia.Data;
using Concordia.Domain.Events;
using Concordia.Domain.Planning;
using Concordia.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Planning;

/// <summary>
/// A plan's duties as a table in local time: one row per unit on duty with its people; the Unit column names the units
/// (from the rosters) its people belong to, empty for people in no unit.
/// </summary>
public static class PlanExport
{
    private static readonly string[] Headers = ["Day", "Start", "End", "Site", "Capability", "Country", "Unit", "People"];

    public static async Task<FileContentHttpResult> FileAsync(ConcordiaDbContext db, Event ev, PlanVersion version, IReadOnlyList<PlanDutyDto> duties, string format,
        CancellationToken ct)
    {
        var units = await UnitNamesAsync(db, duties, ct);
        var rows = duties.Select((d, i) => (IReadOnlyList<object?>)
        [
            d.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), d.Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            d.End.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), d.Site, d.Capability, d.Country, units[i],
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

    /// <summary>
    /// The names of the units of each duty's people, in the duties' order. The caller may already see these duties; the rows read here are
    /// only the people's unit ids and the units' names, so a site commander's export names units of other countries too.
    /// </summary>
    private static async Task<List<string>> UnitNamesAsync(ConcordiaDbContext db, IReadOnlyList<PlanDutyDto> duties, CancellationToken ct)
    {
        var memberIds = duties.SelectMany(d => d.People).Select(p => p.MemberId).Distinct().ToList();
        var memberUnits = await db.Members.IgnoreQueryFilters().AsNoTracking().Where(m => memberIds.Contains(m.Id) && m.UnitId != null)
            .Select(m => new { m.Id, m.UnitId }).ToDictionaryAsync(m => m.Id, m => m.UnitId!.Value, ct);
        var unitIds = memberUnits.Values.Distinct().ToList();
        var names = await db.Units.IgnoreQueryFilters().AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return [.. duties.Select(d => string.Join("; ", d.People
            .Select(p => memberUnits.TryGetValue(p.MemberId, out var unit) ? names.GetValueOrDefault(unit) : null)
            .OfType<string>().Distinct(StringComparer.Ordinal)))];
    }
}
