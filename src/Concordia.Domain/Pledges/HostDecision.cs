namespace Concordia.Domain.Pledges;

/// <summary>The host's decision on a pledge line. An accepted line becomes a binding commitment.</summary>
public enum HostDecision
{
    Pending,
    Accepted,
    Declined,
    RevisionRequested,
}
