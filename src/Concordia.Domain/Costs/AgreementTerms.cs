namespace Concordia.Domain.Costs;

/// <summary>
/// What an agreement or invitation says: its kind, reference and title, when it was signed, the days it holds, who
/// signed it, and who pays each category of costs (every <see cref="CostCategory"/> once).
/// </summary>
public sealed record AgreementTerms(
    AgreementKind Kind,
    string Reference,
    string Title,
    DateOnly? SignedOn,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    string? Signatories,
    IReadOnlyList<CostShare> Costs)
{
    /// <summary>Who pays <paramref name="category"/>; a category the terms do not name is not covered.</summary>
    public CostShare For(CostCategory category) =>
        Costs.FirstOrDefault(c => c.Category == category) ?? new CostShare(category, Payer.NotCovered);

    /// <summary>Whether the terms hold on <paramref name="day"/>.</summary>
    public bool HoldsOn(DateOnly day) => ValidFrom <= day && day <= ValidTo;
}
