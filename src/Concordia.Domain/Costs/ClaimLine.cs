namespace Concordia.Domain.Costs;

/// <summary>
/// One expense in a claim, as it stood when claimed: its amount, the host's share under the agreements (100 % when
/// the host pays, the shared percentage otherwise) and the amount claimed for it.
/// </summary>
public sealed record ClaimLine(
    Guid ExpenseId,
    CostCategory Category,
    DateOnly IncurredOn,
    string Description,
    decimal ExpenseAmount,
    int HostPercent,
    decimal Claimed);
