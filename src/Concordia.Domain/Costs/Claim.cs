using Concordia.Domain.Common;
using Concordia.Domain.Countries;

namespace Concordia.Domain.Costs;

/// <summary>
/// A contributing country's claim on the host to reimburse expenses, in one currency. Only what the host pays under
/// the country's agreements can be claimed: all of an expense in a category the host pays, the host's share of one in
/// a shared category, nothing of any other. States: draft → submitted → approved (in full or in part) or rejected →
/// reimbursed. A rejected claim frees its expenses, so that they can be claimed again.
/// </summary>
public sealed class Claim
{
    private Claim()
    {
        Country = string.Empty;
        Currency = string.Empty;
        Lines = [];
        CreatedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public string Country { get; private set; }

    /// <summary>ISO 4217 code of every amount in the claim.</summary>
    public string Currency { get; private set; }

    public ClaimState State { get; private set; }

    public IReadOnlyList<ClaimLine> Lines { get; private set; }

    public decimal ClaimedAmount { get; private set; }

    /// <summary>What the host approved: the claimed amount or less; null until approved.</summary>
    public decimal? ApprovedAmount { get; private set; }

    public decimal? ReimbursedAmount { get; private set; }

    public DateOnly? ReimbursedOn { get; private set; }

    /// <summary>The host's reason for a partial approval or a rejection, or a remark.</summary>
    public string? DecisionNote { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    /// <summary>Counts the claim's changes; clients send it back (optimistic concurrency).</summary>
    public int Version { get; private set; }

    /// <summary>Whether the host approved less than was claimed.</summary>
    public bool ApprovedInPart => ApprovedAmount is { } approved && approved < ClaimedAmount;

    /// <summary>
    /// A draft claim of the country's <paramref name="expenses"/> (listed in the order the user gave them, for the
    /// field names of problems), under the country's <paramref name="agreements"/> for the event.
    /// </summary>
    public static Result<Claim> Draft(Guid eventId, string country, IReadOnlyList<Expense> expenses, IReadOnlyList<Agreement> agreements,
        string by, DateTime at)
    {
        var name = CountryCatalogue.Find(country)?.Name ?? country;
        var check = new Check()
            .That(expenses.Count > 0, "expenseIds", "choose at least one expense to claim")
            .That(expenses.Count <= 500, "expenseIds", "a claim holds at most 500 expenses")
            .That(expenses.Count == 0 || agreements.Count > 0, "expenseIds",
                $"there is no agreement with {name} for this event, so the host pays nothing that could be claimed");
        var currency = expenses.Count > 0 ? expenses[0].Currency : string.Empty;
        var lines = new List<ClaimLine>();
        for (var i = 0; i < expenses.Count; i++)
        {
            var e = expenses[i];
            var field = $"expenseIds[{i}]";
            var inForce = agreements.Where(a => a.Terms.HoldsOn(e.IncurredOn)).ToList();
            var percent = inForce.Count == 0 ? 0 : inForce.Max(a => a.Terms.For(e.Category).HostPercent);
            check.That(e.EventId == eventId && e.Country == country, field, $"is not an expense of {name} at this event")
                .That(e.ClaimId is null, field, $"'{e.Description}' is already in another claim")
                .That(e.Currency == currency, field, $"'{e.Description}' is in {e.Currency}, the claim in {currency}: a claim is in one currency")
                .That(agreements.Count == 0 || inForce.Count > 0, field,
                    $"'{e.Description}' was spent on {e.IncurredOn:yyyy-MM-dd}, when no agreement with {name} was in force ({ValidityText(agreements)})")
                .That(inForce.Count == 0 || percent > 0, field,
                    $"'{e.Description}' is {CategoryText(e.Category)}, which the host does not pay under the agreements with {name}");
            lines.Add(new ClaimLine(e.Id, e.Category, e.IncurredOn, e.Description, e.Amount, percent,
                decimal.Round(e.Amount * percent / 100m, 2, MidpointRounding.AwayFromZero)));
        }

        if (check.Failed)
        {
            return Result<Claim>.Failure(check.Errors);
        }

        var claim = new Claim
        {
            Id = Guid.CreateVersion7(),
            EventId = eventId,
            Country = country,
            Currency = currency,
            State = ClaimState.Draft,
            Lines = lines,
            ClaimedAmount = lines.Sum(l => l.Claimed),
            CreatedBy = by,
            CreatedAt = at,
            Version = 1,
        };
        foreach (var e in expenses)
        {
            e.ClaimedIn(claim.Id);
        }

        return claim;
    }

    public Money Claimed => new(ClaimedAmount, Currency);

    /// <summary>The country sends its draft to the host.</summary>
    public Result<Claim> Submit(DateTime at)
    {
        if (State != ClaimState.Draft)
        {
            return Refused("submitted", "only a draft can be submitted");
        }

        State = ClaimState.Submitted;
        SubmittedAt = at;
        Version++;
        return this;
    }

    /// <summary>The country (or the host) discards its draft: its expenses are free again and the claim is gone.</summary>
    public Result<Claim> Discard(IEnumerable<Expense> expenses)
    {
        if (State != ClaimState.Draft)
        {
            return Refused("discarded", "only a draft can be discarded");
        }

        foreach (var e in expenses.Where(e => e.ClaimId == Id))
        {
            e.Released();
        }

        return this;
    }

    /// <summary>The host approves the claim: in full (<paramref name="amount"/> null) or in part, saying why.</summary>
    public Result<Claim> Approve(decimal? amount, string? note, string by, DateTime at)
    {
        if (State != ClaimState.Submitted)
        {
            return Refused("approved", "only a submitted claim can be approved");
        }

        var approved = amount ?? ClaimedAmount;
        var check = new Check()
            .That(approved > 0, "amount", "must be more than zero (reject the claim instead)")
            .That(approved <= ClaimedAmount, "amount", $"must not exceed the amount claimed, {Claimed}")
            .That(decimal.Round(approved, 2) == approved, "amount", "must have at most two decimals")
            .That(approved >= ClaimedAmount || !string.IsNullOrWhiteSpace(note), "note", "say why only part of the claim is approved")
            .Paragraph(note, "note", 1000);
        if (check.Failed)
        {
            return Result<Claim>.Failure(check.Errors);
        }

        State = ClaimState.Approved;
        ApprovedAmount = approved;
        Decided(note, by, at);
        return this;
    }

    /// <summary>The host rejects the claim, saying why; its expenses are free to be claimed again.</summary>
    public Result<Claim> Reject(string? reason, IEnumerable<Expense> expenses, string by, DateTime at)
    {
        if (State != ClaimState.Submitted)
        {
            return Refused("rejected", "only a submitted claim can be rejected");
        }

        var check = new Check().Paragraph(reason, "note", 1000, required: true);
        if (check.Failed)
        {
            return Result<Claim>.Failure(check.Errors);
        }

        State = ClaimState.Rejected;
        foreach (var e in expenses.Where(e => e.ClaimId == Id))
        {
            e.Released();
        }

        Decided(reason, by, at);
        return this;
    }

    /// <summary>The host records that it paid the country back: the amount (at most what it approved) and the day.</summary>
    public Result<Claim> Reimburse(decimal? amount, DateOnly? on, DateOnly today, string by, DateTime at)
    {
        if (State != ClaimState.Approved)
        {
            return Refused("reimbursed", "only an approved claim can be reimbursed");
        }

        var check = new Check()
            .That(amount is not null, "amount", "is required")
            .That(amount is null || amount > 0, "amount", "must be more than zero")
            .That(amount is null || amount <= ApprovedAmount, "amount", $"must not exceed the amount approved, {new Money(ApprovedAmount!.Value, Currency)}")
            .That(amount is null || decimal.Round(amount.Value, 2) == amount, "amount", "must have at most two decimals")
            .That(on is not null, "reimbursedOn", "is required")
            .That(on is null || on <= today, "reimbursedOn", "must not be in the future")
            .That(on is null || on >= DateOnly.FromDateTime(SubmittedAt ?? CreatedAt), "reimbursedOn", "must not be before the claim was submitted");
        if (check.Failed)
        {
            return Result<Claim>.Failure(check.Errors);
        }

        State = ClaimState.Reimbursed;
        ReimbursedAmount = amount;
        ReimbursedOn = on;
        DecidedBy = by;
        DecidedAt = at;
        Version++;
        return this;
    }

    private static string CategoryText(CostCategory category) => category switch
    {
        CostCategory.Lodging => "lodging",
        CostCategory.Transport => "transport",
        CostCategory.PerDiem => "per diem",
        CostCategory.Uniforms => "uniforms",
        CostCategory.Fuel => "fuel",
        _ => "another cost",
    };

    private static string ValidityText(IReadOnlyList<Agreement> agreements) =>
        string.Join("; ", agreements.Select(a => $"{a.Terms.Reference}: {a.Terms.ValidFrom:yyyy-MM-dd} to {a.Terms.ValidTo:yyyy-MM-dd}"));

    private Result<Claim> Refused(string verb, string rule) =>
        Result<Claim>.Failure("state", $"the claim is {State.ToString().ToLowerInvariant()} and cannot be {verb}: {rule}");

    private void Decided(string? note, string by, DateTime at)
    {
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        DecidedBy = by;
        DecidedAt = at;
        Version++;
    }
}
