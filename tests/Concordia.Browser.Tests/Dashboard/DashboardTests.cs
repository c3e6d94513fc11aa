using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Concordia.Browser.Tests.Dashboard;

public sealed class DashboardTests : IAsyncLifetime
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
    public async Task The_dashboard_shows_every_site_on_the_map_and_the_alert_level_in_force_and_is_the_readme_screenshot()
    {
        var api = await app!.ApiClientAsync("coordinator@concordia.demo");
        var events = await api.GetFromJsonAsync<JsonArray>("/api/v1/events");
        var paris = events!.First(e => e!["code"]!.GetValue<string>() == "paris-2024")!;
        var sites = await api.GetFromJsonAsync<JsonArray>($"/api/v1/events/{paris["id"]}/sites");

        var page = await browser!.SignInAsync(app.BaseAddress, "coordinator@concordia.demo", "/events/paris-2024");

        var map = page.Locator(".map");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Paris 2024 Olympic and Paralympic Games");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-markers", sites!.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(sites.Count, await page.Locator("path.site-marker").CountAsync());
        Assert.True(await page.Locator("path.site-kind-ceremony-sector").CountAsync() >= 17, "the Seine sectors are drawn");
        await Assertions.Expect(page.Locator("[data-testid=alert-level]")).ToContainTextAsync("Urgence attentat");
        await Assertions.Expect(page.Locator("canvas[data-rendered=true]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".phase-name")).ToHaveTextAsync(["Olympic Games", "Paralympic Games"]);

        var screenshot = Screenshots.PathFor("dashboard.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 50_000, "the screenshot holds a rendered page");
        Assert.DoesNotContain(browser.ConsoleErrors, e => !e.Contains("tile", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Lowering_the_alert_level_on_the_dashboard_updates_the_badge_and_the_peak_day_figure()
    {
        var page = await browser!.SignInAsync(app!.BaseAddress, "coordinator@concordia.demo", "/events/euro-2024");
        var peak = page.Locator("[data-testid=peak-persons]");
        await Assertions.Expect(peak).Not.ToHaveTextAsync("0");
        var before = await peak.TextContentAsync();
        var lowest = await page.Locator(".level-form select option").First.GetAttributeAsync("value");

        await page.Locator(".level-form select").SelectOptionAsync(lowest!);
        await page.Locator(".level-form input").FillAsync("Threat assessment lowered");
        await page.Locator(".level-form button").ClickAsync();

        await Assertions.Expect(page.Locator("tr.in-force")).ToContainTextAsync(await page.Locator(".level-form select option").First.TextContentAsync() ?? "");
        await Assertions.Expect(peak).Not.ToHaveTextAsync(before!);
    }

    [Fact]
    public async Task The_interactive_api_reference_renders_from_the_apps_own_files()
    {
        var page = await browser!.Chromium.NewPageAsync(new BrowserNewPageOptions { BaseURL = app!.BaseAddress.ToString() });
        var outside = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(app.BaseAddress.ToString(), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                outside.Add(request.Url);
            }
        };

        await page.GotoAsync("/api/reference/");

        await Assertions.Expect(page.GetByText("Concordia API").First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 20_000 });
        await Assertions.Expect(page.GetByText("/api/v1/auth/token").First).ToBeAttachedAsync();
        Assert.Empty(outside);
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
