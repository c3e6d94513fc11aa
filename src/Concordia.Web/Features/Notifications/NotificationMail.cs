using System.Net;
using Concordia.Domain.Notifications;
using MimeKit;
using MimeKit.Utils;

namespace Concordia.Web.Features.Notifications;

/// <summary>
/// A notification as an e-mail: a plain-text and an HTML part with the same words and an absolute link (from
/// <see cref="EmailOptions.PublicBaseUrl"/>), its own Message-ID, and <c>Auto-Submitted: auto-generated</c> (RFC 3834)
/// so that out-of-office replies are not sent back.
/// </summary>
public static class NotificationMail
{
    public static MimeMessage Compose(Notification notification, string to, EmailOptions options)
    {
        var baseUrl = options.PublicBaseUrl.TrimEnd('/');
        var link = notification.Link is { } path ? baseUrl + (path.StartsWith('/') ? path : "/" + path) : baseUrl;
        var host = Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.Host : "concordia.local";
        var message = new MimeMessage
        {
            Subject = "Concordia: " + (notification.Text.Length > 90 ? notification.Text[..90] + "…" : notification.Text),
            MessageId = MimeUtils.GenerateMessageId(host),
            Date = new DateTimeOffset(notification.CreatedAt, TimeSpan.Zero),
        };
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        var text = WebUtility.HtmlEncode(notification.Text);
        var body = new BodyBuilder
        {
            TextBody = $"{notification.Text}\r\n\r\nOpen it in Concordia: {link}\r\n\r\n--\r\nChoose which notifications you receive by e-mail: {baseUrl}/notifications\r\n",
            HtmlBody = $"""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Concordia</title></head>
                <body style="font-family: sans-serif; color: #1b2430">
                <p>{text}</p>
                <p><a href="{WebUtility.HtmlEncode(link)}">Open it in Concordia</a></p>
                <p style="color: #5f6b7a; font-size: 0.85em">Choose which notifications you receive by e-mail on
                <a href="{WebUtility.HtmlEncode(baseUrl)}/notifications">your notifications page</a>.</p>
                </body></html>
                """,
        };
        message.Body = body.ToMessageBody();
        return message;
    }
}
