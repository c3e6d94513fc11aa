using Concordia.Data;
using Concordia.Domain.Events;
using Concordia.Web.Infrastructure;

namespace Concordia.Web.Features.Costs;

/// <summary>An event's expenses or claims as a table (CSV or XLSX), with the rows the caller may see; amounts as numbers with their currency beside them.</summary>
public static class CostsExport
{
    public static readonly string[] ExpenseHeaders =
        ["country", "category", "amount", "currency", "incurred_on", "description", "recorded_by", "claimed", "receipt"];

    public static readonly string[] ClaimHeaders =
        ["country", "state", "currency", "expenses", "claimed", "approved", "reimbursed", "reimbursed_on", "submitted_at", "decided_by", "note"];

    public static async Task<(IReadOnlyList<string> Headers, List<IReadOnlyList<object?>> Rows)> TableAsync(ConcordiaDbContext db, Event ev, bool claims,
        CancellationToken ct)
    {
        if (claims)
        {
            var rows = (await CostsQueries.ClaimsAsync(db, ev, ct)).Select(c => (IReadOnlyList<object?>)
            [
                c.Country, Kebab(c.State), c.Currency, c.Lines.Count, Cents(c.ClaimedAmount), Cents(c.ApprovedAmount), Cents(c.ReimbursedAmount),
                c.ReimbursedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                c.SubmittedAt?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), c.DecidedBy, c.DecisionNote,
            ]).ToList();
            return (ClaimHeaders, rows);
        }

        var expenses = (await CostsQueries.ExpensesAsync(db, ev, null, ct)).Select(e => (IReadOnlyList<object?>)
        [
            e.Country, Kebab(e.Category), Cents(e.Amount), e.Currency, e.IncurredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            e.Description, e.RecordedBy, e.ClaimId is null ? "no" : "yes", e.ReceiptFileName,
        ]).ToList();
        return (ExpenseHeaders, expenses);
    }

    public static async Task<byte[]> CsvAsync(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await TableExport.WriteCsvAsync(buffer, headers, rows, ct);
        return buffer.ToArray();
    }

    // Two decimals whatever the database gave back (SQLite keeps 1234.5, PostgreSQL numeric(14,2) 1234.50): adding 0.00 sets the scale.
    private static decimal? Cents(decimal? amount) => amount is { } a ? decimal.Round(a, 2) + 0.00m : null;

    private static string Kebab(Enum value) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
