namespace Concordia.Domain.Requests;

/// <summary>Lifecycle of one country's ask: sent → answered or overdue → closed or withdrawn.</summary>
public enum AskStatus
{
    Sent,
    Answered,
    Overdue,
    Closed,
    Withdrawn,
}
