namespace Concordia.Domain.Costs;

/// <summary>Who pays one category of costs; <paramref name="HostSharePercent"/> only when the cost is shared (1 to 99).</summary>
public sealed record CostShare(CostCategory Category, Payer Payer, int? HostSharePercent = null)
{
    /// <summary>The part of an expense the host reimburses, in percent: 100, the shared percentage, or 0.</summary>
    public int HostPercent => Payer switch
    {
        Payer.Host => 100,
        Payer.Shared => HostSharePercent ?? 0,
        _ => 0,
    };
}
