using Concordia.Domain.Costs;
using Concordia.Domain.Events;

namespace Concordia.Domain.Tests.Costs;

/// <summary>Claims for reimbursement (issue 11): what the host pays, money in one currency, and the claim's states.</summary>
public sealed class ClaimTests
{
    private static readonly DateTime At = new(2024, 8, 20, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2024, 10, 1);

    private static Agreement Invitation(Event ev, params CostShare[] costs) =>
        Agreement.Record(ev, "PL", new AgreementTerms(AgreementKind.InvitationLetter, "INV-1", "Invitation", null, ev.Start, ev.End, null, costs), "host", At).Value;

    private static Expense Spent(Event ev, CostCategory category, decimal amount, string currency = "EUR") =>
        Expense.Record(ev, "PL", new ExpenseDetails(category, amount, currency, ev.Start, "Spent on the contingent"), "liaison", At).Value;

    private static Claim Submitted(Event ev, decimal amount)
    {
        var claim = Claim.Draft(ev.Id, "PL", [Spent(ev, CostCategory.Lodging, amount)], [Invitation(ev, new CostShare(CostCategory.Lodging, Payer.Host))], "liaison", At).Value;
        Assert.True(claim.Submit(At).IsSuccess);
        return claim;
    }

    [Fact]
    public void A_claim_asks_for_all_of_what_the_host_pays_its_share_of_a_shared_cost_rounded_to_the_cent_and_nothing_else()
    {
        var ev = Build.Paris();
        var agreement = Invitation(ev, new CostShare(CostCategory.Lodging, Payer.Host), new CostShare(CostCategory.Transport, Payer.Shared, 50));
        var lodging = Spent(ev, CostCategory.Lodging, 1000m);
        var transport = Spent(ev, CostCategory.Transport, 0.05m);

        var claim = Claim.Draft(ev.Id, "PL", [lodging, transport], [agreement], "liaison", At).Value;

        Assert.Equal([1000m, 0.03m], claim.Lines.Select(l => l.Claimed));
        Assert.Equal(new Money(1000.03m, "EUR"), claim.Claimed);
        Assert.Equal((claim.Id, claim.Id), (lodging.ClaimId, transport.ClaimId));
        Assert.Equal(Payer.NotCovered, agreement.Terms.For(CostCategory.Fuel).Payer);
    }

    [Fact]
    public void A_cost_the_host_does_not_pay_another_currency_or_an_expense_already_claimed_is_refused_naming_it_and_claims_nothing()
    {
        var ev = Build.Paris();
        var agreement = Invitation(ev, new CostShare(CostCategory.Lodging, Payer.Host), new CostShare(CostCategory.PerDiem, Payer.SendingCountry));
        var lodging = Spent(ev, CostCategory.Lodging, 100m);
        var perDiem = Spent(ev, CostCategory.PerDiem, 50m);
        var zloty = Spent(ev, CostCategory.Lodging, 400m, "PLN");

        var refused = Claim.Draft(ev.Id, "PL", [lodging, perDiem, zloty], [agreement], "liaison", At);
        var withoutAgreement = Claim.Draft(ev.Id, "PL", [lodging], [], "liaison", At);

        Assert.Equal(["expenseIds[1]", "expenseIds[2]"], refused.Errors.Select(e => e.Field));
        Assert.Contains("per diem, which the host does not pay", refused.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(["expenseIds"], withoutAgreement.Errors.Select(e => e.Field));
        Assert.All(new[] { lodging, perDiem, zloty }, e => Assert.Null(e.ClaimId));
        Assert.True(Claim.Draft(ev.Id, "PL", [lodging], [agreement], "liaison", At).IsSuccess);
        Assert.Equal(["expenseIds[0]"], Claim.Draft(ev.Id, "PL", [lodging], [agreement], "liaison", At).Errors.Select(e => e.Field));
    }

    [Fact]
    public void Steps_out_of_turn_are_refused_on_the_state_and_change_nothing()
    {
        var ev = Build.Paris();
        var claim = Claim.Draft(ev.Id, "PL", [Spent(ev, CostCategory.Lodging, 100m)], [Invitation(ev, new CostShare(CostCategory.Lodging, Payer.Host))],
            "liaison", At).Value;

        Assert.Equal("state", Assert.Single(claim.Approve(null, null, "host", At).Errors).Field);
        Assert.Equal("state", Assert.Single(claim.Reimburse(100m, Today, Today, "host", At).Errors).Field);
        Assert.Equal((ClaimState.Draft, 1, (decimal?)null), (claim.State, claim.Version, claim.ApprovedAmount));
        Assert.True(claim.Submit(At).IsSuccess);
        Assert.Equal("state", Assert.Single(claim.Submit(At).Errors).Field);
        Assert.Equal((ClaimState.Submitted, 2), (claim.State, claim.Version));
    }

    [Fact]
    public void A_partial_approval_needs_a_note_and_at_most_the_claimed_amount_and_the_reimbursement_at_most_the_approved_one()
    {
        var ev = Build.Paris();
        var claim = Submitted(ev, 100m);

        Assert.Equal(["note"], claim.Approve(60m, null, "host", At).Errors.Select(e => e.Field));
        Assert.Equal(["amount"], claim.Approve(100.01m, null, "host", At).Errors.Select(e => e.Field));
        Assert.Equal(["amount"], claim.Approve(0m, "none", "host", At).Errors.Select(e => e.Field));
        Assert.Equal(ClaimState.Submitted, claim.State);
        Assert.True(claim.Approve(60m, "Receipts for two nights only", "host", At).IsSuccess);
        Assert.True(claim.ApprovedInPart);
        Assert.Equal(["amount"], claim.Reimburse(60.01m, Today, Today, "host", At).Errors.Select(e => e.Field));
        Assert.Equal(["reimbursedOn"], claim.Reimburse(60m, Today.AddDays(1), Today, "host", At).Errors.Select(e => e.Field));
        Assert.Equal(ClaimState.Approved, claim.State);
        Assert.True(claim.Reimburse(60m, Today, Today, "host", At).IsSuccess);
        Assert.Equal((ClaimState.Reimbursed, 60m, Today), (claim.State, claim.ReimbursedAmount, claim.ReimbursedOn));
        Assert.Equal("state", Assert.Single(claim.Reject("late", [], "host", At).Errors).Field);
    }

    [Fact]
    public void A_rejection_needs_a_reason_and_frees_the_expenses()
    {
        var ev = Build.Paris();
        var lodging = Spent(ev, CostCategory.Lodging, 100m);
        var claim = Claim.Draft(ev.Id, "PL", [lodging], [Invitation(ev, new CostShare(CostCategory.Lodging, Payer.Host))], "liaison", At).Value;
        claim.Submit(At);

        Assert.Equal(["note"], claim.Reject(" ", [lodging], "host", At).Errors.Select(e => e.Field));
        Assert.Equal(claim.Id, lodging.ClaimId);
        Assert.True(claim.Reject("No receipt", [lodging], "host", At).IsSuccess);
        Assert.Null(lodging.ClaimId);
    }

    [Theory]
    [InlineData(10.005, "EUR", "amount")]
    [InlineData(-1, "EUR", "amount")]
    [InlineData(10, "EURO", "currency")]
    [InlineData(10, "eur", "currency")]
    [InlineData(10, "XYZ", "currency")]
    public void Money_has_at_most_two_decimals_is_positive_and_in_a_known_currency(double amount, string currency, string field)
    {
        var ev = Build.Paris();

        var refused = Expense.Record(ev, "PL", new ExpenseDetails(CostCategory.Fuel, (decimal)amount, currency, ev.Start, "Fuel"), "liaison", At);

        Assert.Equal([field], refused.Errors.Select(e => e.Field));
        Assert.True(Money.IsCurrency("PLN") && Money.IsCurrency("GBP") && Money.IsCurrency("EUR"));
    }

    [Fact]
    public void A_shared_cost_needs_the_hosts_share_and_only_a_shared_cost_has_one()
    {
        var ev = Build.Paris();

        var refused = Agreement.Record(ev, "PL", new AgreementTerms(AgreementKind.ExchangeOfLetters, "L-1", "Letters", null, ev.Start, ev.End, null,
            [new CostShare(CostCategory.Lodging, Payer.Shared), new CostShare(CostCategory.Fuel, Payer.Host, 40)]), "host", At);

        Assert.Equal(["costs[0].hostSharePercent", "costs[1].hostSharePercent"], refused.Errors.Select(e => e.Field));
    }
}
