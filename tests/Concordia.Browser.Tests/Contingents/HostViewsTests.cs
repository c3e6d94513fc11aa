using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Concordia.Browser.Tests.Contingents;

/// <summary>The host's views of the Paris 2024 demo contingents: all countries, lodging, arrivals, and the phone-sized check-in desk.</summary>
public sealed class HostViewsTests : IAsyncLifetime
{
    private DemoApp? app;
    private Infrastructure.Browser? browser;

    public async ValueTask InitializeAsync()
    {
        BrowserEnvironment.RequireChromium();
        app = new DemoApp();
        browser = await Infrastructure.Browser.LaunchAsync();
    }

    [Fact]
    public async Task The_coordinator_sees_every_contingent_the_lodging_shortfalls_and_the_arrivals()
    {
        var page = await browser!.SignInAsync(app!.BaseAddress, "coordinator@concordia.demo", "/events/paris-2024/contingents");

        await Assertions.Expect(page.Locator("[data-testid=contingent-table] tbody tr")).ToHaveCountAsync(40);
        await Assertions.Expect(page.Locator("[data-testid=total-arrived]")).ToHaveTextAsync("1657");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("contingents.png"), FullPage = true });

        await page.GotoAsync("/events/paris-2024/lodging");
        await Assertions.Expect(page.Locator("[data-testid=over-capacity]")).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator("canvas[data-rendered=true]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=without-bed-table] tbody tr").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("lodging.png"), FullPage = true });

        await page.GotoAsync("/events/paris-2024/arrivals");
        await Assertions.Expect(page.Locator("canvas[data-rendered=true]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=arrival-groups] tbody tr").First).ToBeVisibleAsync();
        Assert.Empty(browser.ConsoleErrors);
    }

    [Fact]
    public async Task The_reception_desk_admits_a_member_without_a_badge_only_by_a_reasoned_override_and_can_take_it_back_from_a_phone()
    {
        var observer = await app!.ApiClientAsync("observer@concordia.demo");
        var paris = (await observer.GetFromJsonAsync<JsonArray>("/api/v1/events"))!.First(e => e!["code"]!.GetValue<string>() == "paris-2024")!;
        var waiting = (await observer.GetFromJsonAsync<JsonObject>($"/api/v1/events/{paris["id"]}/accreditations?country=ES&status=accredited&limit=1"))!["items"]![0]!;
        var number = waiting["personnelNumber"]!.GetValue<string>();

        var page = await browser!.SignInAsync(app.BaseAddress, "coordinator@concordia.demo", "/events/paris-2024/check-in", width: 390, height: 844);
        await page.FillAsync("[data-testid=check-in-search]", number);
        await Assertions.Expect(page.Locator("[data-testid=check-in-results] li")).ToHaveCountAsync(1);
        var result = page.Locator("[data-testid=check-in-results] li").First;
        await Assertions.Expect(result.Locator("[data-testid=check-in-refusal]")).ToContainTextAsync("has no badge yet");
        await result.Locator("[data-testid=check-in-override]").ClickAsync();
        await page.FillAsync("[data-testid=check-in-override-reason]", "Badge being reprinted; passport checked at the desk");
        await page.ClickAsync("[data-testid=check-in-override-confirm]");

        var message = page.Locator("[data-testid=check-in-message]");
        await Assertions.Expect(message).ToContainTextAsync("checked in without a valid badge");
        await Assertions.Expect(result).ToContainTextAsync("checked in");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("check-in.png"), FullPage = true });
        await result.Locator("[data-testid=check-in-undo]").ClickAsync();
        await Assertions.Expect(message).ToContainTextAsync("taken back");
        await Assertions.Expect(result.Locator("[data-testid=check-in-override]")).ToBeVisibleAsync();
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
