using Concordia.Data;
using Concordia.Domain.Costs;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Demo;

/// <summary>
/// Agreements and costs for the demo events, after Paris 2024: every contributing country came on the host's
/// invitation (the first by a memorandum of understanding); the host pays lodging and fuel, shares transport half and
/// half, and the sending country pays per diem and uniforms. The first four countries have expenses, and claims in
/// each state the event's dates allow (a claim is reimbursed only once that day has passed).
/// </summary>
internal static class DemoCosts
{
    private const string Coordinator = "Coordinator (demo)";

    public static async Task SeedAsync(ConcordiaDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        foreach (var ev in await db.Events.ToListAsync(cancellationToken))
        {
            if (await db.Agreements.AnyAsync(a => a.EventId == ev.Id, cancellationToken))
            {
                continue;
            }

            var countries = await db.Commitments.AsNoTracking().Where(c => c.EventId == ev.Id && c.WithdrawnAt == null).Select(c => c.Country).Distinct()
                .ToListAsync(cancellationToken);
            countries.Sort(StringComparer.Ordinal);
            var at = ev.StartOfDayUtc(ev.Start).AddDays(-60);
            CostShare[] costs =
            [
                new(CostCategory.Lodging, Payer.Host), new(CostCategory.Transport, Payer.Shared, 50), new(CostCategory.PerDiem, Payer.SendingCountry),
                new(CostCategory.Uniforms, Payer.SendingCountry), new(CostCategory.Fuel, Payer.Host), new(CostCategory.Other, Payer.NotCovered),
            ];
            for (var i = 0; i < countries.Count; i++)
            {
                var country = countries[i];
                var terms = new AgreementTerms(i == 0 ? AgreementKind.MemorandumOfUnderstanding : AgreementKind.InvitationLetter,
                    $"{ev.Code.ToUpperInvariant()}/INV/{country}", i == 0 ? "Memorandum of understanding on police cooperation during the event"
                        : "Invitation of the Minister of the Interior to send police officers",
                    ev.Start.AddDays(-90), ev.Start.AddDays(-7), ev.End.AddDays(2),
                    "Minister of the Interior of the host; the sending country's minister responsible for the police", costs);
                var agreement = Agreement.Record(ev, country, terms, Coordinator, at);
                if (agreement.IsSuccess)
                {
                    db.Agreements.Add(agreement.Value);
                }

                if (i < 4 && agreement.IsSuccess)
                {
                    Expenses(db, ev, country, i, agreement.Value, today);
                }
            }

            // Estimates of the commitments, in the country's currency: rough rates per officer-day and a return journey each.
            foreach (var c in await db.Commitments.Where(c => c.EventId == ev.Id && c.WithdrawnAt == null && c.Estimate == null).ToListAsync(cancellationToken))
            {
                var currency = CurrencyOf(c.Country);
                var rate = RateOf(currency);
                var officerDays = c.Quantity * c.Days;
                c.Estimated(new CostEstimate(currency,
                [
                    new(CostCategory.Lodging, decimal.Round(officerDays * 95m * rate, 2)), new(CostCategory.Transport, decimal.Round(c.Quantity * 420m * rate, 2)),
                    new(CostCategory.PerDiem, decimal.Round(officerDays * 45m * rate, 2)), new(CostCategory.Fuel, decimal.Round(officerDays * 6m * rate, 2)),
                ], Coordinator, at));
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static void Expenses(ConcordiaDbContext db, Domain.Events.Event ev, string country, int index, Agreement agreement, DateOnly today)
    {
        var currency = CurrencyOf(country);
        var rate = RateOf(currency);
        var recordedAt = ev.StartOfDayUtc(ev.End).AddDays(3);
        List<Expense> Record(params (CostCategory Category, decimal Amount, int Day, string Description)[] items) =>
        [
            .. items.Select(x => Expense.Record(ev, country, new ExpenseDetails(x.Category, decimal.Round(x.Amount * rate, 2), currency, ev.Start.AddDays(x.Day),
                x.Description), "Liaison (demo)", recordedAt).Value),
        ];

        var lodging = Record((CostCategory.Lodging, 18_400m + (index * 1_250m), 0, "Hotel rooms for the contingent"),
            (CostCategory.Transport, 9_600m, -1, "Flights to Paris and back"));
        var fuel = Record((CostCategory.Fuel, 1_240.50m, 3, "Fuel for the contingent's vehicles"));
        var own = Record((CostCategory.PerDiem, 6_300m, 5, "Per diem of the officers"), (CostCategory.Uniforms, 2_100m, -10, "Summer uniforms"));
        db.Expenses.AddRange(lodging);
        db.Expenses.AddRange(fuel);
        db.Expenses.AddRange(own);
        var draftedAt = recordedAt.AddDays(1);
        var claim = Claim.Draft(ev.Id, country, index == 3 ? fuel : lodging, [agreement], "Liaison (demo)", draftedAt).Value;
        db.Claims.Add(claim);
        if (index == 3)
        {
            return;
        }

        claim.Submit(draftedAt.AddDays(1));
        var decidedAt = draftedAt.AddDays(20);
        if (index == 1)
        {
            claim.Approve(decimal.Round(claim.ClaimedAmount * 0.9m, 2), "Two hotel nights fell outside the agreed dates.", Coordinator, decidedAt);
        }
        else if (index == 0)
        {
            claim.Approve(null, null, Coordinator, decidedAt);
            var paidOn = DateOnly.FromDateTime(decidedAt).AddDays(15);
            if (paidOn <= today)
            {
                claim.Reimburse(claim.ApprovedAmount, paidOn, today, Coordinator, decidedAt.AddDays(15));
            }
        }
    }

    private static string CurrencyOf(string country) =>
        country switch { "GB" => "GBP", "PL" => "PLN", "CH" => "CHF", "SE" => "SEK", "DK" => "DKK", "CZ" => "CZK", _ => "EUR" };

    private static decimal RateOf(string currency) =>
        currency switch { "PLN" => 4.3m, "SEK" => 11.4m, "DKK" => 7.45m, "CZK" => 25m, "GBP" => 0.85m, "CHF" => 0.95m, _ => 1m };
}
