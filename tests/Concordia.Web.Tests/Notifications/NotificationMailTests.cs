using System.Net.Http.Json;
using Concordia.Data.Identity;
using Concordia.Web.Features.Notifications;
using Concordia.Web.Tests.Contingents;
using Concordia.Web.Tests.Infrastructure;
using Concordia.Web.Tests.Requests;
using Concordia.Web.Tests.Rosters;
using MimeKit;

namespace Concordia.Web.Tests.Notifications;

/// <summary>
/// Issue 13, point 1: people are told what concerns them, in the app and by e-mail through a real SMTP server on
/// loopback: a liaison of a new request and of decisions on their pledge, the requesting agency of answers, a
/// liaison of vetting decisions; each user chooses per kind.
/// </summary>
public sealed class NotificationMailTests : IAsyncLifetime
{
    private readonly LoopbackSmtp smtp = new();
    private ConcordiaApp? app;

    public async ValueTask InitializeAsync() =>
        app = await ConcordiaApp.StartAsync(Databases.Sqlite, new Dictionary<string, string?>
        {
            ["Reminders:Enabled"] = "false",
            ["Email:SmtpHost"] = "127.0.0.1",
            ["Email:SmtpPort"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:SmtpSsl"] = "false",
            ["Email:From"] = "concordia@interieur.example",
            ["Email:PublicBaseUrl"] = "https://concordia.interieur.example/",
            ["Email:DispatchInterval"] = "00:00:01",
        });

    [Fact]
    public async Task A_sent_request_reaches_each_asked_liaison_in_the_app_and_as_an_email_with_text_html_and_an_absolute_link()
    {
        var polish = await app!.ClientAsync(Roles.CountryLiaison, "PL");
        var campaign = await Campaign.SendAsync(app);
        var ask = await campaign.AskOfAsync("PL");

        var inApp = await polish.GetFromJsonAsync<List<NotificationDto>>("/api/v1/notifications", ApiClient.Json);
        var mail = await smtp.WaitForAsync(m => (m.Subject ?? string.Empty).Contains("asks Poland for help", StringComparison.Ordinal));

        var note = Assert.Single(inApp!, n => n.Link?.EndsWith($"/asks/{ask}", StringComparison.Ordinal) == true);
        Assert.Contains("asks Poland for help: \"Police reinforcement for the Test Games\"", note.Text, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(mail.MessageId));
        Assert.Equal("auto-generated", mail.Headers["Auto-Submitted"]);
        Assert.Equal("concordia@interieur.example", mail.From.Mailboxes.Single().Address);
        Assert.Equal("multipart/alternative", mail.Body?.ContentType.MimeType);
        var link = $"https://concordia.interieur.example{note.Link}";
        Assert.Contains(link, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"{link}\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Please answer by", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("(Paris time)", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_tells_the_requesting_side_and_the_hosts_decision_tells_the_liaison()
    {
        var campaign = await Campaign.SendAsync(app!);
        var pledge = await campaign.PledgeAsync("DE", campaign.Full(10), campaign.Dogs(4));

        var coordinatorNotes = await campaign.Coordinator.GetFromJsonAsync<List<NotificationDto>>("/api/v1/notifications", ApiClient.Json);
        Assert.Contains(coordinatorNotes!, n => n.Text == "Germany answered \"Police reinforcement for the Test Games\".");
        await smtp.WaitForAsync(m => (m.Subject ?? string.Empty).Contains("Germany answered", StringComparison.Ordinal));

        var line = pledge["lines"]!.AsArray()[0]!["id"]!.GetValue<Guid>();
        using var decided = await campaign.Coordinator.PostAsJsonAsync($"/api/v1/pledges/{pledge["id"]}/lines/{line}/decision",
            new { decision = "accept", version = pledge["version"]!.GetValue<int>() });
        decided.EnsureSuccessStatusCode();

        var liaisonNotes = await (await campaign.LiaisonAsync("DE")).GetFromJsonAsync<List<NotificationDto>>("/api/v1/notifications", ApiClient.Json);
        Assert.Contains(liaisonNotes!, n => n.Text.EndsWith("accepted line 1 of Germany's pledge.", StringComparison.Ordinal));
        await smtp.WaitForAsync(m => (m.Subject ?? string.Empty).Contains("accepted line 1 of Germany's pledge", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_liaison_who_wants_requests_only_in_the_app_gets_no_email_for_them()
    {
        var spanish = await app!.ClientAsync(Roles.CountryLiaison, "ES");
        await app.ClientAsync(Roles.CountryLiaison, "PL");
        using var chosen = await spanish.PutAsJsonAsync("/api/v1/notifications/preferences",
            new[] { new { kind = "request-received", inApp = true, email = false } });
        chosen.EnsureSuccessStatusCode();

        await Campaign.SendAsync(app);
        // The Polish mail of the same request leaves in the same round as the Spanish one would.
        await smtp.WaitForAsync(m => (m.Subject ?? string.Empty).Contains("asks Poland for help", StringComparison.Ordinal));
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);

        Assert.DoesNotContain(smtp.Received, m => (m.Subject ?? string.Empty).Contains("asks Spain for help", StringComparison.Ordinal));
        Assert.Contains((await spanish.GetFromJsonAsync<List<NotificationDto>>("/api/v1/notifications", ApiClient.Json))!, n => n.Text.Contains("asks Spain for help", StringComparison.Ordinal));
        var choices = await spanish.GetFromJsonAsync<List<NotificationChoiceDto>>("/api/v1/notifications/preferences", ApiClient.Json);
        Assert.Contains(choices!, c => c.Kind == Concordia.Domain.Notifications.NotificationKind.RequestReceived && c.InApp && !c.Email);
    }

    [Fact]
    public async Task Vetting_decisions_tell_the_members_liaison()
    {
        var world = await ContingentWorld.CreateAsync(app!);
        await world.ImportAsync("PL", await RosterSamples.Csv(TestRoster.Three));
        var ids = (await world.MembersAsync("PL")).Select(m => m!["id"]!.GetValue<Guid>()).ToList();

        await world.DecideAsync("accredit", ids.Take(2));

        var notes = await (await world.LiaisonAsync("PL")).GetFromJsonAsync<List<NotificationDto>>("/api/v1/notifications", ApiClient.Json);
        Assert.Contains(notes!, n => n.Text.StartsWith("2 members of Poland's contingent were accredited", StringComparison.Ordinal));
        await smtp.WaitForAsync(m => (m.Subject ?? string.Empty).Contains("2 members of Poland's contingent were accredited", StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        await smtp.DisposeAsync();
    }
}
