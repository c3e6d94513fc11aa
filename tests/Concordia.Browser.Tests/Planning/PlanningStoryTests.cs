using Concordia.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Concordia.Browser.Tests.Planning;

/// <summary>
/// Issue 10, point 8, in a real browser: the planner makes a plan, follows it to its coverage and publishes it; the
/// coordinator raises the alert level; the re-plan proposal appears on the planning page, the planner compares it with
/// the plan in force and publishes it, then asks for it re-arranged; the Polish liaison sees Poland's duties only. Takes
/// the README's planning pictures.
/// </summary>
public sealed class PlanningStoryTests : IAsyncLifetime
{
    private const string Planning = $"/events/{PlanningStoryEvent.Code}/planning";
    private DemoApp? app;
    private Infrastructure.Browser? browser;

    public async ValueTask InitializeAsync()
    {
        BrowserEnvironment.RequireChromium();
        app = new DemoApp();
        browser = await Infrastructure.Browser.LaunchAsync();
        await PlanningStoryEvent.CreateAsync(app);
    }

    [Fact]
    public async Task A_plan_is_made_published_re_planned_when_the_alert_rises_and_each_liaison_sees_only_their_countrys_duties()
    {
        // The planner makes a plan and follows the job until its version shows.
        var planner = await browser!.SignInAsync(app!.BaseAddress, "planner@concordia.demo", Planning);
        await Assertions.Expect(planner.Locator("[data-testid=rearrange-plan]")).ToHaveCountAsync(0);
        await planner.ClickAsync("[data-testid=run-plan]");
        await Assertions.Expect(planner.Locator("[data-testid=planning-message]")).ToContainTextAsync("queued");
        await Assertions.Expect(planner.Locator("[data-testid=active-job] progress")).ToBeVisibleAsync();
        await Assertions.Expect(planner.Locator("[data-testid=version-1]")).ToContainTextAsync("a draft", new() { Timeout = 60_000 });
        await Assertions.Expect(planner.Locator("[data-testid=active-job]")).ToHaveCountAsync(0);

        // Its coverage: every site and day needed is planned in full at Vigilance (6 at the stadium, 4 at the Trocadéro).
        await planner.ClickAsync("[data-testid=version-1] a:text('Coverage')");
        await Assertions.Expect(planner.Locator("[data-testid=heat-map]")).ToBeVisibleAsync();
        await Assertions.Expect(planner.Locator("[data-testid=heat-map] td.heat")).ToHaveCountAsync(6);
        await Assertions.Expect(planner.Locator("[data-testid=heat-map]")).ToContainTextAsync("6 of 6");
        await Assertions.Expect(planner.Locator("[data-testid=heat-map]")).ToContainTextAsync("4 of 4");
        await Assertions.Expect(planner.Locator("[data-testid=no-gaps]")).ToBeVisibleAsync();
        await planner.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("plan-coverage.png"), FullPage = true });

        // The planner publishes it, after a confirmation.
        await planner.GotoAsync(Planning);
        await planner.ClickAsync("[data-testid=publish-1]");
        await Assertions.Expect(planner.Locator("[data-testid=confirm-publish]")).ToContainTextAsync("Publish version 1?");
        await planner.ClickAsync("[data-testid=confirm-publish-yes]");
        await Assertions.Expect(planner.Locator("[data-testid=version-1]")).ToContainTextAsync("published");

        // The coordinator raises the alert level on the dashboard.
        var coordinator = await browser.SignInAsync(app.BaseAddress, "coordinator@concordia.demo", $"/events/{PlanningStoryEvent.Code}");
        await coordinator.Locator(".level-form select").SelectOptionAsync(new SelectOptionValue { Label = "Urgence attentat" });
        await coordinator.Locator(".level-form input").FillAsync("Threat assessment raised");
        await coordinator.Locator(".level-form button").ClickAsync();
        await Assertions.Expect(coordinator.Locator("[data-testid=alert-level]")).ToContainTextAsync("Urgence attentat");

        // The proposal appears on the planner's page by itself, compared with the plan in force: more officers on duty.
        var proposal = planner.Locator("[data-testid=version-2]");
        await Assertions.Expect(proposal).ToContainTextAsync("proposal", new() { Timeout = 60_000 });
        await Assertions.Expect(proposal).ToContainTextAsync("Alert level raised from Vigilance to Urgence attentat");
        await Assertions.Expect(proposal).ToContainTextAsync("a draft");
        await planner.ClickAsync("[data-testid=compare-2]");
        await Assertions.Expect(planner.Locator("[data-testid=comparison]")).ToContainTextAsync("Version 2 against version 1");
        Assert.True(int.Parse(await planner.Locator("[data-testid=added]").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        await Assertions.Expect(planner.Locator("[data-testid=changes-by-site]")).ToContainTextAsync("Stade de France");
        await planner.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("plan-proposal.png"), FullPage = true });
        await planner.ClickAsync("[data-testid=publish-2]");
        await planner.ClickAsync("[data-testid=confirm-publish-yes]");
        await Assertions.Expect(planner.Locator("[data-testid=planning-message]")).ToContainTextAsync("Version 2 is published.");
        await Assertions.Expect(planner.Locator("[data-testid=version-1]")).ToContainTextAsync("superseded");

        // With a plan published, the planner can ask for it re-arranged: another proposal, from the published version.
        await planner.ClickAsync("[data-testid=rearrange-plan]");
        await Assertions.Expect(planner.Locator("[data-testid=planning-message]")).ToContainTextAsync("re-arrangement is queued");
        var rearranged = planner.Locator("[data-testid=version-3]");
        await Assertions.Expect(rearranged).ToContainTextAsync("a draft", new() { Timeout = 60_000 });
        await Assertions.Expect(rearranged).ToContainTextAsync("proposal");
        await Assertions.Expect(rearranged).ToContainTextAsync("Re-arrangement of the published plan requested");
        await Assertions.Expect(rearranged).ToContainTextAsync("from version 2");

        // The Polish liaison sees the published plan's duties of Poland's members, and nobody else's.
        var liaison = await browser.SignInAsync(app.BaseAddress, "liaison.pl@concordia.demo", $"/events/{PlanningStoryEvent.Code}/planning/duties");
        await Assertions.Expect(liaison.Locator("h1")).ToHaveTextAsync("Duties of Poland's members");
        await Assertions.Expect(liaison.Locator(".event-facts")).ToContainTextAsync("version 2");
        var duties = liaison.Locator("[data-testid=duty]");
        await Assertions.Expect(duties.First).ToBeVisibleAsync();
        Assert.True(await duties.CountAsync() > 0);
        Assert.Equal(await duties.CountAsync(), await liaison.Locator("[data-testid=duty][data-country=PL]").CountAsync());
        await Assertions.Expect(liaison.Locator("body")).Not.ToContainTextAsync("MÜLLER");
        await Assertions.Expect(liaison.Locator("body")).Not.ToContainTextAsync("MARTIN");
        await liaison.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("plan-liaison-duties.png"), FullPage = true });

        // Asking for Germany's duties in the address still shows Poland's only.
        await liaison.GotoAsync($"/events/{PlanningStoryEvent.Code}/planning/duties?country=DE");
        await Assertions.Expect(liaison.Locator("h1")).ToHaveTextAsync("Duties of Poland's members");
        await Assertions.Expect(liaison.Locator("[data-testid=duty]").First).ToBeVisibleAsync();
        Assert.Equal(await duties.CountAsync(), await liaison.Locator("[data-testid=duty][data-country=PL]").CountAsync());
        await Assertions.Expect(liaison.Locator("body")).Not.ToContainTextAsync("MÜLLER");
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
