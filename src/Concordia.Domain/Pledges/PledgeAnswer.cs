namespace Concordia.Domain.Pledges;

/// <summary>How a country answers one line of an ask (EDXL-RM: Accept, Provisional, Decline).</summary>
public enum PledgeAnswer
{
    /// <summary>The whole quantity, over the whole period.</summary>
    Full,

    /// <summary>Fewer people, or a shorter period, of the asked capability.</summary>
    Partial,

    /// <summary>Nothing; a reason is given.</summary>
    Declined,

    /// <summary>Something else instead: another capability, or another period.</summary>
    CounterOffer,

    /// <summary>An unsolicited offer, not answering any ask.</summary>
    Offer,
}
