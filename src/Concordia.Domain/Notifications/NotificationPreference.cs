namespace Concordia.Domain.Notifications;

/// <summary>
/// One user's choice for one kind of notification: in the app, by e-mail, both or neither. Without a stored choice
/// a kind comes both ways.
/// </summary>
public sealed class NotificationPreference
{
    private NotificationPreference()
    {
    }

    public Guid UserId { get; private set; }

    public NotificationKind Kind { get; private set; }

    public bool InApp { get; private set; }

    public bool Email { get; private set; }

    public static NotificationPreference For(Guid userId, NotificationKind kind, bool inApp, bool email) =>
        new() { UserId = userId, Kind = kind, InApp = inApp, Email = email };

    public void Change(bool inApp, bool email)
    {
        InApp = inApp;
        Email = email;
    }
}
