using Concordia.Data.Rosters;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Data.Contingents;

/// <summary>
/// Writes a contingent as a roster file (CSV or XLSX, English or French headers) that reads back to the same members:
/// what a liaison downloads, edits and imports again. Members whose personal data were erased are left out.
/// </summary>
public static class RosterExporter
{
    public static async Task<int> WriteAsync(ConcordiaDbContext db, Guid eventId, string country, RosterFileFormat format, RosterLanguage language,
        Stream destination, CancellationToken cancellationToken)
    {
        var codes = await db.Capabilities.AsNoTracking().Where(c => c.EventId == eventId).ToDictionaryAsync(c => c.Id, c => c.Code, cancellationToken);
        var members = await db.Members.AsNoTracking().Where(m => m.AgencyId == null && m.EventId == eventId && m.Country == country && m.ErasedAt == null)
            .ToListAsync(cancellationToken);
        var entries = members
            .OrderBy(m => m.PersonnelNumber ?? "\uFFFF", StringComparer.Ordinal).ThenBy(m => m.FamilyName, StringComparer.Ordinal)
            .Select(m => RosterMapping.ToEntry(m, m.CapabilityId is { } id ? codes.GetValueOrDefault(id, string.Empty) : string.Empty))
            .ToList();
        if (format == RosterFileFormat.Xlsx)
        {
            await RosterXlsxWriter.WriteAsync(destination, entries, language, cancellationToken);
        }
        else
        {
            await RosterCsvWriter.WriteAsync(destination, entries, language, cancellationToken);
        }

        return entries.Count;
    }

    public static string FileName(string eventCode, string country, RosterFileFormat format) =>
        $"{eventCode}-{country}-roster.{(format == RosterFileFormat.Xlsx ? "xlsx" : "csv")}";
}
