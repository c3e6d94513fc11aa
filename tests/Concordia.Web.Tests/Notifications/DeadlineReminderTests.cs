using System.Net.Http.Json;
using Concordia.Data.Identity;
using Concordia.Web.Features.Notifications;
using Concordia.Web.Tests.Infrastructure;
using Concordia.Web.Tests.Requests;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Web.Tests.Notifications;

public sealed class DeadlineReminderTests : IAsyncLifetime
{
    private readonly string mail = Directory.CreateTempSubdirectory("concordia-mail-").FullName;
    private ConcordiaApp? app;

    public async ValueTask InitializeAsync() =>
        app = await ConcordiaApp.StartAsync(Databases.Sqlite, new Dictionary<string, string?>
        {
            ["Reminders:Enabled"] = "false",
            ["Email:PickupDirectory"] = mail,
        });

    [Fact]
    public async Task A_nearing_deadline_is_recalled_once_to_the_countries_that_have_not_answered_in_the_app_and_by_mail()
    {
        var campaign = await Campaign.SendAsync(app!);
        await campaign.PledgeAsync("PL", campaign.Full(20), campaign.Dogs(2));
        var spanish = await campaign.LiaisonAsync("ES");
        var polish = await campaign.LiaisonAsync("PL");
        await campaign.LiaisonAsync("DE");
        var deadline = (await campaign.Coordinator.GetObjectAsync($"/api/v1/requests/{campaign.RequestId}"))["replyDeadline"]!.GetValue<DateTime>().ToUniversalTime();

        var first = await RunAsync(deadline.AddHours(-48));
        var again = await RunAsync(deadline.AddHours(-47));

        Assert.Equal(2, first);
        Assert.Equal(0, again);
        var notes = await spanish.GetFromJsonAsync<List<NotificationDto>>("/api/v1/notifications", ApiClient.Json);
        Assert.Contains(notes!, n => n.Text.Contains("Reminder", StringComparison.Ordinal) && n.Link!.Contains("/asks/", StringComparison.Ordinal));
        Assert.DoesNotContain((await polish.GetFromJsonAsync<List<NotificationDto>>("/api/v1/notifications", ApiClient.Json))!, n => n.Text.Contains("Reminder", StringComparison.Ordinal));
        await app!.Services.GetRequiredService<MailDispatcher>().DispatchAsync(CancellationToken.None);
        Assert.Contains(Directory.GetFiles(mail, "*.eml"), f => File.ReadAllText(f).Contains("Reminder", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_the_deadline_an_unanswered_ask_is_overdue_and_the_host_is_told()
    {
        var campaign = await Campaign.SendAsync(app!);
        var deadline = (await campaign.Coordinator.GetObjectAsync($"/api/v1/requests/{campaign.RequestId}"))["replyDeadline"]!.GetValue<DateTime>().ToUniversalTime();

        await RunAsync(deadline.AddHours(1));

        var asks = (await campaign.Coordinator.GetObjectAsync($"/api/v1/requests/{campaign.RequestId}"))["asks"]!.AsArray();
        Assert.All(asks, a => Assert.Equal("overdue", a!["status"]!.GetValue<string>()));
        var notes = await campaign.Coordinator.GetFromJsonAsync<List<NotificationDto>>("/api/v1/notifications", ApiClient.Json);
        Assert.Contains(notes!, n => n.Text.Contains("has not answered", StringComparison.Ordinal));
    }

    private async Task<int> RunAsync(DateTime now)
    {
        await using var scope = app!.Services.CreateAsyncScope();
        await using var db = Concordia.Data.SystemContext.Create(scope.ServiceProvider, "test");
        return await ActivatorUtilities.CreateInstance<DeadlineReminders>(scope.ServiceProvider, db).RunAsync(now, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        Directory.Delete(mail, recursive: true);
    }
}
