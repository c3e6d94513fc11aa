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
        var estimates = await EstimatesAsync(db, ev, country, agreements, ct);
        return new CountryCostsDto(country, CountryName(country),
            [.. agreements.OrderBy(a => a.Terms.ValidFrom).ThenBy(a => a.RecordedAt).Select(a => new AgreementDto(a.Id, a.Country, CountryName(a.Country), a.Terms,
                a.Version, a.RecordedBy, ev.ToLocal(a.RecordedAt),
                [.. a.Versions.OrderByDescending(v => v.Number).Select(v => new AgreementVersionDto(v.Number, ev.ToLocal(v.ChangedAt), v.ChangedBy, v.Change, v.Terms))],
                [.. documents.Where(d => d.AgreementId == a.Id).Select(d => new AgreementDocumentDto(d.Id, d.Title, d.FileName, d.SizeBytes, d.UploadedBy,
                    ev.ToLocal(d.UploadedAt), $"/api/v1/events/{ev.Id}/countries/{country}/agreements/{a.Id}/documents/{d.Id}"))]))],
            expenses, claims, Totals(expenses, claims, estimates), estimates);
    }

    /// <summary>The country's pledges, then its commitments, each with its estimate and who bears each category.</summary>
    public static async Task<IReadOnlyList<EstimateDto>> EstimatesAsync(ConcordiaDbContext db, Event ev, string country, IReadOnlyList<Agreement> agreements,
        CancellationToken ct)
    {
        var capabilities = await db.Capabilities.AsNoTracking().Where(c => c.EventId == ev.Id).ToDictionaryAsync(c => c.Id, c => (c.Name, c.Persons), ct);
        var pledges = await db.Pledges.AsNoTracking().Include(p => p.Lines).Where(p => p.EventId == ev.Id && p.Country == country).OrderBy(p => p.SubmittedAt)
            .ToListAsync(ct);
        var commitments = await db.Commitments.AsNoTracking().Where(c => c.EventId == ev.Id && c.Country == country).OrderBy(c => c.AcceptedAt).ToListAsync(ct);
        var list = new List<EstimateDto>();
        foreach (var p in pledges.Where(p => p.Lines.Count > 0))
        {
            var from = p.Lines.Min(l => l.From);
            var to = p.Lines.Max(l => l.To);
            var people = p.Lines.Sum(l => l.Quantity * capabilities.GetValueOrDefault(l.CapabilityId, (Name: "", Persons: 1)).Persons);
            var what = string.Join(", ", p.Lines.OrderBy(l => l.Number).Where(l => l.Quantity > 0).Select(l => $"{l.Quantity} × {capabilities.GetValueOrDefault(l.CapabilityId, (Name: "?", Persons: 1)).Name}"));
            list.Add(Estimate("pledge", p.Id, p.Id, what.Length == 0 ? "nothing pledged" : what, people, from, to, true, p.Version, p.Estimate, agreements));
        }

        foreach (var c in commitments)
        {
            var (name, persons) = capabilities.GetValueOrDefault(c.CapabilityId, ("?", 1));
            list.Add(Estimate("commitment", c.Id, c.PledgeId, $"{c.Quantity} × {name}", c.Quantity * persons, c.From, c.To, c.IsActive, c.Version, c.Estimate,
                agreements));
        }

        return list;
    }

    private static EstimateDto Estimate(string kind, Guid id, Guid pledgeId, string what, int people, DateOnly from, DateOnly to, bool active, int version,
        CostEstimate? estimate, IReadOnlyList<Agreement> agreements)
    {
        // The agreements that hold on at least one of the days; the host bears the largest share any of them gives.
        var inForce = agreements.Where(a => a.Terms.ValidFrom <= to && a.Terms.ValidTo >= from).ToList();
        var shares = estimate?.Lines.Select(l =>
        {
            var share = inForce.Select(a => a.Terms.For(l.Category)).OrderByDescending(s => s.HostPercent).FirstOrDefault()
                ?? new CostShare(l.Category, Payer.NotCovered);
            return new EstimateShareDto(l.Category, l.Amount, share.Payer, share.HostPercent,
                decimal.Round(l.Amount * share.HostPercent / 100m, 2, MidpointRounding.AwayFromZero));
        }).ToList() ?? [];
        return new EstimateDto(kind, id, pledgeId, what, people, from, to, active, version, estimate, shares, shares.Sum(s => s.HostPart));
    }

    /// <summary>
    /// Money per currency, never added across currencies; a rejected claim counts as claimed for nothing; estimated is the
    /// estimates of the commitments not withdrawn (a pledge's own estimate is the country's proposal and is not added).
    /// </summary>
    public static IReadOnlyList<MoneyTotalsDto> Totals(IReadOnlyList<ExpenseDto> expenses, IReadOnlyList<ClaimDto> claims, IReadOnlyList<EstimateDto> estimates)
    {
        var estimated = estimates.Where(e => e.Kind == "commitment" && e.Active && e.Estimate is not null).Select(e => e.Estimate!).ToList();
        return [.. expenses.Select(e => e.Currency).Concat(claims.Select(c => c.Currency)).Concat(estimated.Select(e => e.Currency)).Distinct()
            .Order(StringComparer.Ordinal).Select(currency =>
            {
                var open = claims.Where(c => c.Currency == currency && c.State != ClaimState.Rejected).ToList();
                return new MoneyTotalsDto(currency, estimated.Where(e => e.Currency == currency).Sum(e => e.Total),
                    expenses.Where(e => e.Currency == currency).Sum(e => e.Amount), open.Sum(c => c.ClaimedAmount), open.Sum(c => c.ApprovedAmount ?? 0),
                    open.Sum(c => c.ReimbursedAmount ?? 0));
            })];
    }

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
