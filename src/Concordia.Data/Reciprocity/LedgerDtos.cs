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
/// Money between a contributing country and a host, in one currency (never added across currencies): estimated (the
/// estimates of the country's commitments not withdrawn), claimed (claims not rejected, drafts included), approved and
/// reimbursed.
/// </summary>
public sealed record LedgerMoney(string Claimant, string ClaimantName, string Host, string HostName, string Currency, decimal Estimated, decimal Claimed,
    decimal Approved, decimal Reimbursed);

public sealed record LedgerDto(IReadOnlyList<LedgerPair> Pairs, IReadOnlyList<LedgerCountry> Countries, IReadOnlyList<LedgerEntry> Entries,
    IReadOnlyList<LedgerMoney> Money);
