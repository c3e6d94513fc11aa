using Concordia.Domain.Common;

namespace Concordia.Domain.Costs;

/// <summary>One category's estimated amount, in the estimate's currency.</summary>
public sealed record EstimateLine(CostCategory Category, decimal Amount);

/// <summary>
/// What a pledge or a commitment is expected to cost, per category of costs, in one currency: entered by a person (the
/// agreements say who pays each category, not how much it costs, so nothing is computed). Who gave it and when is kept.
/// </summary>
public sealed record CostEstimate(string Currency, IReadOnlyList<EstimateLine> Lines, string EnteredBy, DateTime EnteredAt)
{
    public decimal Total => Lines.Sum(l => l.Amount);

    /// <summary>
    /// An estimate from what a user gave: a known currency, at least one category, each category once, amounts not negative
    /// with at most two decimals. Problems name the field (<c>currency</c>, <c>lines</c>, <c>lines[i].category</c>, <c>lines[i].amount</c>).
    /// </summary>
    public static Result<CostEstimate> Create(string? currency, IReadOnlyList<EstimateLineInput?>? lines, string by, DateTime at)
    {
        var check = new Check()
            .That(Money.IsCurrency(currency?.Trim()), "currency", "must be an ISO 4217 currency code in capitals, such as EUR or USD")
            .That(lines is { Count: > 0 }, "lines", "give at least one category's estimated amount")
            .That(lines is null || lines.Count <= 6, "lines", "name each category of costs at most once (six categories)");
        var seen = new HashSet<CostCategory>();
        for (var i = 0; i < (lines?.Count ?? 0); i++)
        {
            var line = lines![i];
            var field = $"lines[{i}]";
            check.That(line?.Category is { } c && Enum.IsDefined(c), $"{field}.category", "is required: lodging, transport, per-diem, uniforms, fuel or other")
                .That(line?.Category is not { } d || seen.Add(d), $"{field}.category", "is named twice: give each category once")
                .That(line?.Amount is not null, $"{field}.amount", "is required")
                .That(line?.Amount is null || line.Amount >= 0, $"{field}.amount", "must not be negative")
                .That(line?.Amount is null || line.Amount < 1_000_000_000m, $"{field}.amount", "must be less than 1,000,000,000")
                .That(line?.Amount is null || decimal.Round(line.Amount.Value, 2) == line.Amount, $"{field}.amount", "must have at most two decimals");
        }

        return check.ToResult(() => new CostEstimate(currency!.Trim(),
            [.. lines!.Select(l => new EstimateLine(l!.Category!.Value, l.Amount!.Value)).OrderBy(l => l.Category)], by, at));
    }

    /// <summary>The amount of <paramref name="category"/>; zero when it is not estimated.</summary>
    public decimal For(CostCategory category) => Lines.FirstOrDefault(l => l.Category == category)?.Amount ?? 0;
}

/// <summary>What a user gives for one category of an estimate.</summary>
public sealed record EstimateLineInput(CostCategory? Category, decimal? Amount);
