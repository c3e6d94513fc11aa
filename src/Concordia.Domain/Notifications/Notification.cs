namespace Concordia.Domain.Notifications;

/// <summary>
/// A message for one user, e.g. a request sent to their country or a reply deadline that is near, in the app and,
/// when the user wants it, by e-mail. The e-mail is sent after the change that caused it is saved (the notification
/// waits as <see cref="EmailStatus.Pending"/>), so a mail server that is down delays it but loses nothing. Each user
/// sees only their own.
/// </summary>
public sealed class Notification
{
    /// <summary>Attempts before an e-mail is given up (the notification stays in the app).</summary>
    public const int MaxEmailAttempts = 5;

    private Notification()
    {
        Text = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public NotificationKind Kind { get; private set; }

    public string Text { get; private set; }

    /// <summary>Where in the app the notification leads, e.g. the ask to answer.</summary>
    public string? Link { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? ReadAt { get; private set; }

    /// <summary>Whether it is only an e-mail, kept out of the app's list (the user may want some kinds by e-mail only).</summary>
    public bool EmailOnly { get; private set; }

    public EmailStatus EmailStatus { get; private set; }

    public int EmailAttempts { get; private set; }

    public DateTime? EmailedAt { get; private set; }

    public static Notification For(Guid userId, NotificationKind kind, string text, string? link, DateTime at, bool inApp = true, bool email = false) =>
        new()
        {
            Id = Guid.CreateVersion7(), UserId = userId, Kind = kind, Text = text, Link = link, CreatedAt = at, EmailOnly = !inApp,
            EmailStatus = email ? EmailStatus.Pending : EmailStatus.None,
        };

    public void MarkRead(DateTime at) => ReadAt ??= at;

    public void MarkEmailed(DateTime at)
    {
        EmailStatus = EmailStatus.Sent;
        EmailedAt = at;
        EmailAttempts++;
    }

    public void MarkEmailFailed()
    {
        EmailAttempts++;
        if (EmailAttempts >= MaxEmailAttempts)
        {
            EmailStatus = EmailStatus.Failed;
        }
    }
}
