using Concordia.Data;
using Concordia.Domain.Costs;
using Concordia.Domain.Countries;
using Concordia.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Costs;

/// <summary>
/// Reads agreements, expenses and claims for the API and the pages alike. The data layer returns only the countries
/// the caller may see, so a liaison reads their own country's and nobody else's.
/// </summary>
public static class CostsQueries
{
    public static async Task<IReadOnlyList<AgreementSummaryDto>> AgreementsAsync(ConcordiaDbContext db, Event ev, CancellationToken ct)
    {
        var agreements = await db.Agreements.AsNoTracking().Where(a => a.EventId == ev.Id).ToListAsync(ct);
        var ids = agreements.Select(a => a.Id).ToList();
        var documents = await db.AgreementDocuments.Where(d => ids.Contains(d.AgreementId)).GroupBy(d => d.AgreementId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return [.. agreements.OrderBy(a => CountryName(a.Country), StringComparer.Ordinal).ThenBy(a => a.Terms.ValidFrom)
            .Select(a => new AgreementSummaryDto(a.Id, a.Country, CountryName(a.Country), a.Terms, a.Version, documents.GetValueOrDefault(a.Id)))];
    }

    public static async Task<IReadOnlyList<ClaimDto>> ClaimsAsync(ConcordiaDbContext db, Event ev, CancellationToken ct) =>
        [.. (await db.Claims.AsNoTracking().Where(c => c.EventId == ev.Id).ToListAsync(ct))
            .OrderBy(c => CountryName(c.Country), StringComparer.Ordinal).ThenBy(c => c.CreatedAt).Select(c => ToDto(ev, c))];

    public static async Task<IReadOnlyList<ExpenseDto>> ExpensesAsync(ConcordiaDbContext db, Event ev, string? country, CancellationToken ct)
    {
        var query = db.Expenses.AsNoTracking().Where(e => e.EventId == ev.Id);
        if (country is not null)
        {
            query = query.Where(e => e.Country == country);
        }

        // The receipts' files stay in the database: only their names are read here.
        var rows = await query.Select(e => new
        {
            e.Id, e.Country, e.Category, e.Amount, e.Currency, e.IncurredOn, e.Description, e.RecordedBy, e.RecordedAt, e.ClaimId, e.ReceiptFileName,
        }).ToListAsync(ct);
        return [.. rows.OrderBy(e => CountryName(e.Country), StringComparer.Ordinal).ThenBy(e => e.IncurredOn).ThenBy(e => e.RecordedAt)
            .Select(e => new ExpenseDto(e.Id, e.Country, e.Category, e.Amount, e.Currency, e.IncurredOn, e.Description, e.RecordedBy, ev.ToLocal(e.RecordedAt),
                e.ClaimId, e.ReceiptFileName, e.ReceiptFileName is null ? null : $"/api/v1/events/{ev.Id}/countries/{e.Country}/expenses/{e.Id}/receipt"))];
    }

    public static async Task<CountryCostsDto> CountryAsync(ConcordiaDbContext db, Event ev, string country, CancellationToken ct)
    {
        var agreements = await db.Agreements.AsNoTracking().Include(a => a.Versions).Where(a => a.EventId == ev.Id && a.Country == country).ToListAsync(ct);
        var ids = agreements.Select(a => a.Id).ToList();
        var documents = await db.AgreementDocuments.AsNoTracking().Where(d => ids.Contains(d.AgreementId)).OrderBy(d => d.UploadedAt)
            .Select(d => new { d.Id, d.AgreementId, d.Title, d.FileName, d.SizeBytes, d.UploadedBy, d.UploadedAt }).ToListAsync(ct);
        var expenses = await ExpensesAsync(db, ev, country, ct);
        var claims = (await db.Claims.AsNoTracking().Where(c => c.EventId == ev.Id && c.Country == country).ToListAsync(ct))
            .OrderBy(c => c.CreatedAt).Select(c => ToDto(ev, c)).ToList();
        return new CountryCostsDto(country, CountryName(country),
            [.. agreements.OrderBy(a => a.Terms.ValidFrom).ThenBy(a => a.RecordedAt).Select(a => new AgreementDto(a.Id, a.Country, CountryName(a.Country), a.Terms,
                a.Version, a.RecordedBy, ev.ToLocal(a.RecordedAt),
                [.. a.Versions.OrderByDescending(v => v.Number).Select(v => new AgreementVersionDto(v.Number, ev.ToLocal(v.ChangedAt), v.ChangedBy, v.Change, v.Terms))],
                [.. documents.Where(d => d.AgreementId == a.Id).Select(d => new AgreementDocumentDto(d.Id, d.Title, d.FileName, d.SizeBytes, d.UploadedBy,
                    ev.ToLocal(d.UploadedAt), $"/api/v1/events/{ev.Id}/countries/{country}/agreements/{a.Id}/documents/{d.Id}"))]))],
            expenses, claims, Totals(expenses, claims));
    }

    /// <summary>Money per currency, never added across currencies; a rejected claim counts as claimed for nothing.</summary>
    public static IReadOnlyList<MoneyTotalsDto> Totals(IReadOnlyList<ExpenseDto> expenses, IReadOnlyList<ClaimDto> claims) =>
        [.. expenses.Select(e => e.Currency).Concat(claims.Select(c => c.Currency)).Distinct().Order(StringComparer.Ordinal).Select(currency =>
        {
            var open = claims.Where(c => c.Currency == currency && c.State != ClaimState.Rejected).ToList();
            return new MoneyTotalsDto(currency, expenses.Where(e => e.Currency == currency).Sum(e => e.Amount), open.Sum(c => c.ClaimedAmount),
                open.Sum(c => c.ApprovedAmount ?? 0), open.Sum(c => c.ReimbursedAmount ?? 0));
        })];

    public static Task<AgreementDocument?> DocumentAsync(ConcordiaDbContext db, Guid eventId, string country, Guid agreementId, Guid documentId,
        CancellationToken ct) =>
        db.AgreementDocuments.AsNoTracking().Where(d => d.Id == documentId && d.AgreementId == agreementId && d.Country == country)
            .Where(d => db.Agreements.Any(a => a.Id == d.AgreementId && a.EventId == eventId)).FirstOrDefaultAsync(ct);

    public static Task<Expense?> ReceiptAsync(ConcordiaDbContext db, Guid eventId, string country, Guid expenseId, CancellationToken ct) =>
        db.Expenses.AsNoTracking().Where(e => e.Id == expenseId && e.EventId == eventId && e.Country == country && e.Receipt != null).FirstOrDefaultAsync(ct);

    public static ClaimDto ToDto(Event ev, Claim c) =>
        new(c.Id, c.Country, CountryName(c.Country), c.Currency, c.State, c.ApprovedInPart, c.Lines, c.ClaimedAmount, c.ApprovedAmount, c.ReimbursedAmount,
            c.ReimbursedOn, c.DecisionNote, c.CreatedBy, ev.ToLocal(c.CreatedAt), c.SubmittedAt is { } s ? ev.ToLocal(s) : null, c.DecidedBy,
            c.DecidedAt is { } d ? ev.ToLocal(d) : null, c.Version);

    public static string CountryName(string code) => CountryCatalogue.Find(code)?.Name ?? code;
}
