using System.Globalization;

namespace Concordia.Domain.Costs;

/// <summary>An amount of money in one currency (ISO 4217 code); amounts in different currencies are never added.</summary>
public readonly record struct Money(decimal Amount, string Currency)
{
    /// <summary>The ISO 4217 codes of the currencies in use in the world's regions, as .NET knows them.</summary>
    private static readonly HashSet<string> Known = [.. CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => { try { return new RegionInfo(c.Name).ISOCurrencySymbol; } catch (ArgumentException) { return null; } })
        .Where(code => code is { Length: 3 }).Cast<string>().Append("EUR").Append("USD")];

    public static bool IsCurrency(string? code) => code is { Length: 3 } && Known.Contains(code);

    /// <summary>Checks an amount and currency a user gave: positive, at most two decimals, below a billion, a known currency.</summary>
    public static void CheckInput(Common.Check check, decimal? amount, string? currency, string amountField, string currencyField, bool allowZero = false) =>
        check.That(amount is not null, amountField, "is required")
            .That(amount is null || (allowZero ? amount >= 0 : amount > 0), amountField, allowZero ? "must not be negative" : "must be more than zero")
            .That(amount is null || amount < 1_000_000_000m, amountField, "must be less than 1,000,000,000")
            .That(amount is null || decimal.Round(amount.Value, 2) == amount, amountField, "must have at most two decimals")
            .That(IsCurrency(currency), currencyField, "must be an ISO 4217 currency code in capitals, such as EUR or USD");

    public override string ToString() => $"{Amount.ToString("N2", CultureInfo.InvariantCulture)} {Currency}";
}
