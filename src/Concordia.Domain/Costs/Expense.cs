using Concordia.Domain.Common;
using Concordia.Domain.Countries;
using Concordia.Domain.Events;

namespace Concordia.Domain.Costs;

/// <summary>
/// Money a contributing country spent on its contingent at an event (a hotel bill, a flight, fuel), recorded by its
/// liaison or by the host, with the receipt as a PDF when there is one. A claim may ask the host to reimburse it.
/// </summary>
public sealed class Expense
{
    private Expense()
    {
        Country = string.Empty;
        Currency = string.Empty;
        Description = string.Empty;
        RecordedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public string Country { get; private set; }

    public CostCategory Category { get; private set; }

    public decimal Amount { get; private set; }

    /// <summary>ISO 4217 code.</summary>
    public string Currency { get; private set; }

    public Money Money => new(Amount, Currency);

    public DateOnly IncurredOn { get; private set; }

    public string Description { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTime RecordedAt { get; private set; }

    /// <summary>The claim that asks for it to be reimbursed; null while no open claim does.</summary>
    public Guid? ClaimId { get; private set; }

    public string? ReceiptFileName { get; private set; }

    public byte[]? Receipt { get; private set; }

    public static Result<Expense> Record(Event ev, string country, ExpenseDetails details, string by, DateTime at)
    {
        var check = new Check()
            .That(CountryCatalogue.Find(country)?.Alpha2 == country, "country", $"'{country}' is not an ISO 3166-1 alpha-2 country code")
            .That(country != ev.HostCountry, "country", "the host's own costs are not a contributing country's expenses");
        var receiptName = Validate(check, ev, details);
        return check.ToResult(() => new Expense
        {
            Id = Guid.CreateVersion7(),
            EventId = ev.Id,
            Country = country,
            Category = details.Category!.Value,
            Amount = details.Amount!.Value,
            Currency = details.Currency!,
            IncurredOn = details.IncurredOn!.Value,
            Description = details.Description!.Trim(),
            RecordedBy = by,
            RecordedAt = at,
            ReceiptFileName = details.Receipt is null ? null : receiptName,
            Receipt = details.Receipt,
        });
    }

    /// <summary>
    /// Corrects the expense (category, amount, currency, day, description; a receipt given replaces the one attached).
    /// Refused while the expense is in a claim: a draft must be discarded first, a submitted claim is the host's to decide.
    /// </summary>
    public Result<Expense> Change(Event ev, ExpenseDetails details)
    {
        var check = new Check();
        if (ClaimId is not null)
        {
            return Result<Expense>.Failure("claimId", InClaim("changed"));
        }

        var receiptName = Validate(check, ev, details);
        if (check.Failed)
        {
            return Result<Expense>.Failure(check.Errors);
        }

        Category = details.Category!.Value;
        Amount = details.Amount!.Value;
        Currency = details.Currency!;
        IncurredOn = details.IncurredOn!.Value;
        Description = details.Description!.Trim();
        if (details.Receipt is not null)
        {
            ReceiptFileName = receiptName;
            Receipt = details.Receipt;
        }

        return this;
    }

    /// <summary>Whether the expense may be deleted: not while it is in a claim.</summary>
    public Result<Expense> CheckRemovable() => ClaimId is null ? this : Result<Expense>.Failure("claimId", InClaim("deleted"));

    private static string InClaim(string verb) =>
        $"the expense is in a claim and cannot be {verb}: discard the claim first if it is still a draft (a submitted claim is the host's to decide)";

    private static string? Validate(Check check, Event ev, ExpenseDetails details)
    {
        check.That(details.Category is { } c && Enum.IsDefined(c), "category", "is required: lodging, transport, per-diem, uniforms, fuel or other")
            .That(details.IncurredOn is not null, "incurredOn", "is required")
            .That(details.IncurredOn is null || (details.IncurredOn >= ev.Start.AddDays(-365) && details.IncurredOn <= ev.End.AddDays(180)), "incurredOn",
                $"must lie between a year before the event ({ev.Start.AddDays(-365):yyyy-MM-dd}) and 180 days after it ({ev.End.AddDays(180):yyyy-MM-dd})")
            .Name(details.Description, "description", 300);
        Money.CheckInput(check, details.Amount, details.Currency, "amount", "currency");
        var receiptName = details.ReceiptFileName is null ? null : Path.GetFileName(details.ReceiptFileName.Trim());
        if (details.Receipt is { } receipt)
        {
            Pdf.Check(check, receiptName ?? string.Empty, receipt, "receiptFileName", "receipt");
        }

        return receiptName;
    }

    /// <summary>Attaches (or replaces) the receipt, a PDF.</summary>
    public Result<Expense> AttachReceipt(string? fileName, byte[] content)
    {
        var name = Path.GetFileName(fileName?.Trim() ?? string.Empty);
        var check = new Check();
        Pdf.Check(check, name, content, "fileName", "file");
        if (check.Failed)
        {
            return Result<Expense>.Failure(check.Errors);
        }

        ReceiptFileName = name;
        Receipt = content;
        return this;
    }

    internal void ClaimedIn(Guid claimId) => ClaimId = claimId;

    internal void Released() => ClaimId = null;
}

/// <summary>What a user gives for an expense; the receipt, when given, must be a PDF.</summary>
public sealed record ExpenseDetails(
    CostCategory? Category,
    decimal? Amount,
    string? Currency,
    DateOnly? IncurredOn,
    string? Description,
    string? ReceiptFileName = null,
    byte[]? Receipt = null);
