namespace Concordia.Web.Features.Notifications;

/// <summary>
/// How e-mail leaves Concordia (section <c>Email</c>): through an SMTP server, or — when no host is set, as in the
/// demo — written as .eml files into <see cref="PickupDirectory"/>. <see cref="SmtpSsl"/> asks for TLS (STARTTLS on
/// 587, implicit on 465); off, the connection is plain, as to a relay on the same host.
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

    /// <summary>The address people reach the app at, for the links in e-mails (e.g. https://concordia.interieur.gouv.fr).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>How often waiting e-mails are sent (they wait in the database, so a failed send is tried again).</summary>
    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromSeconds(10);
}
