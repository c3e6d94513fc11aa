namespace Concordia.Web.Features.Notifications;

/// <summary>
/// How e-mail leaves Concordia (section <c>Email</c>): through an SMTP server, or — when no host is set, as in the
/// demo — written as .eml files into <see cref="PickupDirectory"/>.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "concordia@localhost";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public bool SmtpSsl { get; set; } = true;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>Folder for .eml files when no SMTP host is set; defaults to <c>mail</c> in the data folder.</summary>
    public string? PickupDirectory { get; set; }
}
