using System.Net;
using System.Net.Mail;
using Concordia.Data;

namespace Concordia.Web.Features.Notifications;

/// <summary>Sends e-mail with the framework's SMTP client, to a server or into a pickup folder.</summary>
public sealed class EmailSender(EmailOptions options, DatabaseOptions database)
{
    public string? PickupDirectory => string.IsNullOrWhiteSpace(options.SmtpHost)
        ? options.PickupDirectory is { Length: > 0 } folder ? folder
            : Path.Combine(string.IsNullOrWhiteSpace(database.DataDirectory) ? DatabaseOptions.DefaultDataDirectory : database.DataDirectory, "mail")
        : null;

    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        using var message = new MailMessage(options.From, to, subject, body);
        using var client = new SmtpClient();
        if (PickupDirectory is { } folder)
        {
            Directory.CreateDirectory(folder);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = folder;
        }
        else
        {
            client.Host = options.SmtpHost!;
            client.Port = options.SmtpPort;
            client.EnableSsl = options.SmtpSsl;
            if (!string.IsNullOrEmpty(options.SmtpUser))
            {
                client.Credentials = new NetworkCredential(options.SmtpUser, options.SmtpPassword);
            }
        }

        await client.SendMailAsync(message, cancellationToken);
    }
}
