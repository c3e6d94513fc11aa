namespace Concordia.Domain.Legal;

/// <summary>
/// What a foreign officer may do on the host's soil. Under Prüm (Decision 2008/615/JHA, article 17) the host may give
/// executive powers only with the home state's consent; without them the officer observes, advises and assists.
/// </summary>
public enum ExecutivePowers
{
    None,
    Limited,
    Full,
}
