using Concordia.Domain.Common;
using Concordia.Domain.Requests;

namespace Concordia.Domain.Pledges;

/// <summary>
/// An accepted pledge line: what a country has bound itself to send, and what the host has bound itself to
/// receive. The contingent turns it into people. Either side may withdraw it; the withdrawal stays visible.
/// </summary>
public sealed class Commitment
{
    private Commitment()
    {
        Country = string.Empty;
        AcceptedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public string Country { get; private set; }

    public Guid AgencyId { get; private set; }

    public Guid PledgeId { get; private set; }

    public Guid PledgeLineId { get; private set; }

    public Guid? RequestId { get; private set; }

    public Guid CapabilityId { get; private set; }

    public int Quantity { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public ArmedCondition Armed { get; private set; }

    public DateTime AcceptedAt { get; private set; }

    public string AcceptedBy { get; private set; }

    public DateTime? WithdrawnAt { get; private set; }

    public string? WithdrawnBy { get; private set; }

    public string? WithdrawalReason { get; private set; }

    public int Version { get; private set; }

    /// <summary>What the host expects the commitment to cost; null until someone estimates it.</summary>
    public Costs.CostEstimate? Estimate { get; private set; }

    public bool IsActive => WithdrawnAt is null;

    public int Days => To.DayNumber - From.DayNumber + 1;

    internal static Commitment Of(Pledge pledge, PledgeLine line, int quantity, string by, DateTime at) => new()
    {
        Id = Guid.CreateVersion7(),
        EventId = pledge.EventId,
        Country = pledge.Country,
        AgencyId = pledge.AgencyId,
        PledgeId = pledge.Id,
        PledgeLineId = line.Id,
        RequestId = pledge.RequestId,
        CapabilityId = line.CapabilityId,
        Quantity = quantity,
        From = line.From,
        To = line.To,
        Armed = line.Armed,
        AcceptedAt = at,
        AcceptedBy = by,
    };

    public Result<Commitment> Withdraw(string by, DateTime at, string reason)
    {
        var check = new Check()
            .That(IsActive, "commitment", "is already withdrawn")
            .Paragraph(reason, "reason", 2000, required: true);
        if (check.Failed)
        {
            return Result<Commitment>.Failure(check.Errors);
        }

        WithdrawnAt = at;
        WithdrawnBy = by;
        WithdrawalReason = reason.Trim();
        Version++;
        return this;
    }

    /// <summary>The host sets (or replaces) the commitment's cost estimate; a withdrawn commitment keeps the one it had.</summary>
    public Result<Commitment> Estimated(Costs.CostEstimate estimate)
    {
        if (!IsActive)
        {
            return Result<Commitment>.Failure("commitment", "is withdrawn: its estimate is no longer changed");
        }

        Estimate = estimate;
        Version++;
        return this;
    }
}
