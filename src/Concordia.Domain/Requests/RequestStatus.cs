namespace Concordia.Domain.Requests;

/// <summary>Lifecycle of a request for assistance (a campaign): draft → sent → closed or withdrawn.</summary>
public enum RequestStatus
{
    Draft,
    Sent,
    Closed,
    Withdrawn,
}
