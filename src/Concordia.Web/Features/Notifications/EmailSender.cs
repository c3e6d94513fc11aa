using Concordia.Data;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Concordia.Web.Features.Notifications;

/// <summary>Sends e-mail with MailKit, to an SMTP server or, when none is set, as .eml files into a pickup folder.</summary>
public sealed class EmailSender(EmailOptions options, DatabaseOptions database)
{
    public string? PickupDirectory => string.IsNullOrWhiteSpace(options.SmtpHost)
        ? options.PickupDirectory is { Length: > 0 } folder ? folder
            : Path.Combine(string.IsNullOrWhiteSpace(database.DataDirectory) ? DatabaseOptions.DefaultDataDirectory : database.DataDirectory, "mail")
        : null;

    /// <summary>Sends the messages over one connection; returns, for each, whether it left (a refused recipient fails only its own).</summary>
    public async Task<IReadOnlyList<bool>> SendAsync(IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken)
    {
        if (PickupDirectory is { } folder)
        {
            Directory.CreateDirectory(folder);
            foreach (var message in messages)
            {
                await message.WriteToAsync(Path.Combine(folder, $"{(message.MessageId ?? Guid.NewGuid().ToString("N")).Trim('<', '>').Replace('@', '.')}.eml"), cancellationToken);
            }

            return [.. messages.Select(_ => true)];
        }

        using var client = new SmtpClient();
        var security = !options.SmtpSsl ? SecureSocketOptions.None : options.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        await client.ConnectAsync(options.SmtpHost!, options.SmtpPort, security, cancellationToken);
        if (!string.IsNullOrEmpty(options.SmtpUser))
        {
            await client.AuthenticateAsync(options.SmtpUser, options.SmtpPassword ?? string.Empty, cancellationToken);
        }

        var sent = new List<bool>();
        foreach (var message in messages)
        {
            try
            {
                await client.SendAsync(message, cancellationToken);
                sent.Add(true);
            }
            catch (SmtpCommandException)
            {
                sent.Add(false);
            }
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
        return sent;
    }
}
