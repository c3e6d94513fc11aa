namespace Concordia.Domain.Notifications;

/// <summary>A message for one user inside the app, e.g. a reply deadline that is near. Each user sees only their own.</summary>
public sealed class Notification
{
    private Notification()
    {
        Text = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string Text { get; private set; }

    /// <summary>Where in the app the notification leads, e.g. the ask to answer.</summary>
    public string? Link { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? ReadAt { get; private set; }

    public static Notification For(Guid userId, string text, string? link, DateTime at) =>
        new() { Id = Guid.CreateVersion7(), UserId = userId, Text = text, Link = link, CreatedAt = at };

    public void MarkRead(DateTime at) => ReadAt ??= at;
}
