using System.Globalization;
using System.Text;
using Concordia.Domain.Auditing;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Audit;

/// <summary>
/// The audit trail as CSV (UTF-8 with BOM so that spreadsheet programs read accents). Cells that a spreadsheet would
/// run as a formula are neutralised.
/// </summary>
public static class AuditCsv
{
    public static async Task WriteAsync(IQueryable<AuditEntry> entries, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };
        await using var csv = new CsvWriter(writer, configuration);
        foreach (var header in new[] { "sequence", "at_utc", "user_id", "user", "origin", "action", "entity_type", "entity_id", "changes", "previous_hash", "hash" })
        {
            csv.WriteField(header);
        }

        await csv.NextRecordAsync();
        await foreach (var e in entries.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            csv.WriteField(e.Sequence);
            csv.WriteField(e.At.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            csv.WriteField(e.UserId?.ToString());
            csv.WriteField(e.UserName);
            csv.WriteField(e.Origin);
            csv.WriteField(e.Action);
            csv.WriteField(e.EntityType);
            csv.WriteField(e.EntityId);
            csv.WriteField(e.Changes);
            csv.WriteField(e.PreviousHash);
            csv.WriteField(e.Hash);
            await csv.NextRecordAsync();
        }
    }
}
