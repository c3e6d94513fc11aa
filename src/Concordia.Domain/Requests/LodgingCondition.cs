namespace Concordia.Domain.Requests;

public enum LodgingCondition
{
    /// <summary>The host lodges and feeds the contingent.</summary>
    HostSupported,

    /// <summary>The contingent brings or pays its own lodging.</summary>
    SelfSufficient,
}
