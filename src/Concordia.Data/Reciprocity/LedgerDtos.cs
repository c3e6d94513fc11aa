namespace Concordia.Data.Reciprocity;

/// <summary>Help one country gave another at one event, in officer-days (people × days of the commitment).</summary>
public sealed record LedgerEntry(string EventCode, string EventName, DateOnly EventStart, string Giver, string Receiver, int People, int OfficerDays);

/// <summary>Between two countries: what each gave the other, and the balance seen from the first.</summary>
public sealed record LedgerPair(string CountryA, string NameA, string CountryB, string NameB, int AGaveB, int BGaveA)
{
    public int BalanceForA => AGaveB - BGaveA;
}

public sealed record LedgerCountry(string Country, string Name, int Given, int Received)
{
    public int Balance => Given - Received;
}

/// <summary>
/// Money a country claimed from a host, in one currency (never added across currencies): claimed (claims not rejected,
/// drafts included), approved and reimbursed.
/// </summary>
public sealed record LedgerMoney(string Claimant, string ClaimantName, string Host, string HostName, string Currency, decimal Claimed, decimal Approved,
    decimal Reimbursed);

public sealed record LedgerDto(IReadOnlyList<LedgerPair> Pairs, IReadOnlyList<LedgerCountry> Countries, IReadOnlyList<LedgerEntry> Entries,
    IReadOnlyList<LedgerMoney> Money);
