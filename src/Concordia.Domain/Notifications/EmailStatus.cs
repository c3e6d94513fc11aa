namespace Concordia.Domain.Notifications;

/// <summary>Where a notification's e-mail stands: none wanted, waiting to be sent, sent, or given up after retries.</summary>
public enum EmailStatus
{
    None,
    Pending,
    Sent,
    Failed,
}
