using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Domain.Pledges;
using Concordia.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Tests.Demo;

/// <summary>
/// Issue 13, point 2: whatever the day the demo is first started, its upcoming event is in preparation, and each
/// role has its work in it today, as the demo accounts.
/// </summary>
public sealed class UpcomingDemoTests(UpcomingDemoTests.Demo demo) : IClassFixture<UpcomingDemoTests.Demo>
{
    private const string Password = "Demo-password-2024";
    private readonly ConcordiaApp? app = demo.App;
    private readonly Guid upcoming = demo.Upcoming;

    /// <summary>The demo started once for these tests.</summary>
    public sealed class Demo : IAsyncLifetime
    {
        public ConcordiaApp App { get; private set; } = default!;

        public Guid Upcoming { get; private set; }

        public async ValueTask InitializeAsync()
        {
            // Only the upcoming event (from the Paris files named in appsettings.json), to keep the start short.
            App = await ConcordiaApp.StartAsync(Databases.Sqlite, new Dictionary<string, string?>
            {
                ["Demo:Enabled"] = "true",
                ["Demo:Password"] = Password,
                ["Demo:ScenarioFiles:0"] = string.Empty,
                ["Demo:ScenarioFiles:1"] = string.Empty,
                ["Demo:ScenarioFiles:2"] = string.Empty,
                ["Demo:ScenarioFiles:3"] = string.Empty,
                ["Demo:CampaignFiles:0"] = string.Empty,
            });
            var events = await (await SignInAsync(App, "observer")).GetArrayAsync("/api/v1/events");
            Upcoming = events.Single(e => e!["code"]!.GetValue<string>() == "paris-upcoming")!["id"]!.GetValue<Guid>();
        }

        public async ValueTask DisposeAsync() => await App.DisposeAsync();
    }

    [Fact]
    public async Task Today_falls_before_the_upcoming_event_with_its_requests_answered_by_then()
    {
        var ev = await (await SignInAsync("coordinator")).GetObjectAsync($"/api/v1/events/{upcoming}");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var start = DateOnly.Parse(ev["start"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(start.DayNumber - today.DayNumber, 43, 45);
        await using var system = new SystemDb(app!.Services);
        var requests = await system.Db.Requests.Where(r => r.EventId == upcoming).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.True(r.SentAt < DateTime.UtcNow, "every seeded request was sent before now"));
        Assert.True(await system.Db.Commitments.AnyAsync(c => c.EventId == upcoming, TestContext.Current.CancellationToken), "police pledges are accepted");
    }

    [Fact]
    public async Task The_vetting_officer_issues_a_badge_today_and_the_site_commander_reads_it_valid()
    {
        var vetting = await SignInAsync("vetting");
        var accredited = await vetting.GetObjectAsync($"/api/v1/events/{upcoming}/accreditations?status=accredited&limit=1");
        var member = accredited["items"]![0]!["memberId"]!.GetValue<Guid>();

        using var issued = await vetting.PostAsJsonAsync($"/api/v1/events/{upcoming}/accreditations/decisions", new { action = "issue-badge", memberIds = new[] { member } });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        using var pdf = await vetting.GetAsync($"/api/v1/members/{member}/badge.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);

        await using var system = new SystemDb(app!.Services);
        var token = await system.Db.Badges.Where(b => b.MemberId == member && b.RevokedAt == null).Select(b => b.Token).SingleAsync(TestContext.Current.CancellationToken);
        var seeded = await system.Db.Badges.Where(b => system.Db.Members.Any(m => m.Id == b.MemberId && m.EventId == upcoming) && b.MemberId != member && b.RevokedAt == null).Select(b => b.Token)
            .FirstAsync(TestContext.Current.CancellationToken);
        var commander = await SignInAsync("commander");
        Assert.Equal("valid", (await commander.GetObjectAsync($"/api/v1/badges/{token}"))["verdict"]!.GetValue<string>());
        Assert.Equal("valid", (await commander.GetObjectAsync($"/api/v1/badges/{seeded}"))["verdict"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_defence_officer_has_military_pledges_to_decide_and_accepts_one()
    {
        await using var system = new SystemDb(app!.Services);
        var pledge = await system.Db.Pledges.Include(p => p.Lines)
            .FirstAsync(p => p.EventId == upcoming && p.Country == "ES" && p.Lines.Any(l => l.Decision == HostDecision.Pending) &&
                system.Db.Requests.Any(r => r.Id == p.RequestId && system.Db.Agencies.Any(a => a.Id == r.AgencyId && a.Code == "fr-minarm")),
                TestContext.Current.CancellationToken);
        var line = pledge.Lines.First(l => l.Decision == HostDecision.Pending);

        using var decided = await (await SignInAsync("defence")).PostAsJsonAsync($"/api/v1/pledges/{pledge.Id}/lines/{line.Id}/decision",
            new { decision = "accept", version = pledge.Version });

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
    }

    [Fact]
    public async Task The_polish_liaison_sees_polands_asks_and_members_of_the_upcoming_event()
    {
        var liaison = await SignInAsync("liaison.pl");

        var asks = await liaison.GetArrayAsync($"/api/v1/events/{upcoming}/countries/PL/asks");
        var members = await liaison.GetObjectAsync($"/api/v1/events/{upcoming}/accreditations?country=PL&limit=5");

        Assert.Equal(2, asks.Count);
        Assert.True(members["total"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task The_upcoming_events_contingents_carry_weapons_with_granted_authorisations_radios_and_dogs()
    {
        var liaison = await SignInAsync("liaison.pl");

        var register = await liaison.GetObjectAsync($"/api/v1/events/{upcoming}/countries/PL/equipment");
        var items = register["items"]!.AsArray();

        Assert.True(register["weapons"]!.GetValue<int>() > 0);
        Assert.True(register["radios"]!.GetValue<int>() > 0);
        Assert.Contains(items, i => i!["kind"]!.GetValue<string>() == "weapon" && i["authorisation"]!.GetValue<string>() == "granted"
            && i["documentFileName"] is not null && i["serialMasked"]!.GetValue<string>().StartsWith("••••", StringComparison.Ordinal));
        Assert.Equal(register["dogs"]!.GetValue<int>(), items.Count(i => i!["kind"]!.GetValue<string>() == "dog" && i["name"] is not null));
    }

    private Task<HttpClient> SignInAsync(string account) => SignInAsync(app!, account);

    private static async Task<HttpClient> SignInAsync(ConcordiaApp app, string account)
    {
        var client = app.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = $"{account}@concordia.demo", password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
