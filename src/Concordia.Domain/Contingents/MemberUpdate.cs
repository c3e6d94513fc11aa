namespace Concordia.Domain.Contingents;

/// <summary>What stating a member's details anew did: whether anything changed, and whether the member went back to vetting.</summary>
public sealed record MemberUpdate(bool Changed, bool SentBackToVetting);
