namespace Concordia.Web.Features.Notifications;

/// <summary>When reply deadlines are recalled (section <c>Reminders</c>).</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Hours before a deadline at which unanswered asks are recalled, largest first.</summary>
    public List<int> HoursBefore { get; set; } = [72, 24];

    /// <summary>Whether the reminder service runs in this process.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often deadlines are checked.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);
}
