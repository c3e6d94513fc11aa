namespace Concordia.Domain.Costs;

/// <summary>Who pays a category of costs under an agreement.</summary>
public enum Payer
{
    /// <summary>The host pays all of it: the sending country may claim it back.</summary>
    Host,

    /// <summary>The sending country pays: nothing of it may be claimed.</summary>
    SendingCountry,

    /// <summary>Both pay: the host its share (in %), which the sending country may claim back.</summary>
    Shared,

    /// <summary>The agreement does not cover it: nothing of it may be claimed.</summary>
    NotCovered,
}
