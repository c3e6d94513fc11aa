using System.Net.Http.Json;
using Concordia.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Concordia.Browser.Tests.Contingents;

public sealed class LiaisonIsolationTests : IAsyncLifetime
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
    public async Task The_Polish_liaison_sees_Polands_contingent_only_and_is_refused_Germanys()
    {
        var page = await browser!.SignInAsync(app!.BaseAddress, "liaison.pl@concordia.demo", "/events/paris-2024/contingents");

        var countries = page.Locator("[data-testid=contingent-table] tbody tr");
        await Assertions.Expect(countries).ToHaveCountAsync(1);
        await Assertions.Expect(countries).ToContainTextAsync("Poland");
        await Assertions.Expect(page.Locator("[data-testid=signed-in-user]")).ToContainTextAsync("Country liaison · PL");
        await Assertions.Expect(page.Locator("nav")).Not.ToContainTextAsync("Requirements");

        var german = await GermanMemberAsync();
        await page.ClickAsync("[data-testid=contingent-table] a:has-text('Poland')");
        var members = page.Locator("[data-testid=member-table] tbody tr");
        await Assertions.Expect(members).ToHaveCountAsync(40);
        await Assertions.Expect(page.Locator("[data-testid=member-table]")).ToContainTextAsync("Policja");
        await Assertions.Expect(page.Locator("[data-testid=member-table]")).Not.ToContainTextAsync(german);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Screenshots.PathFor("liaison-contingent.png"),
            FullPage = true,
        });

        await page.GotoAsync("/events/paris-2024/contingents/DE");
        await Assertions.Expect(page.Locator("[data-testid=access-denied]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync(german);
    }

    /// <summary>The personnel number of a member of Germany's contingent, as the host sees it.</summary>
    private async Task<string> GermanMemberAsync()
    {
        var observer = await app!.ApiClientAsync("observer@concordia.demo");
        var paris = (await observer.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>("/api/v1/events"))!.First(e => e!["code"]!.GetValue<string>() == "paris-2024")!;
        var members = await observer.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>($"/api/v1/events/{paris["id"]}/countries/DE/members");
        return members![0]!["personnelNumber"]!.GetValue<string>();
    }

    [Fact]
    public async Task The_sign_in_page_refuses_a_wrong_password_without_saying_why()
    {
        var page = await browser!.Chromium.NewPageAsync(new BrowserNewPageOptions { BaseURL = app!.BaseAddress.ToString() });
        await page.GotoAsync("/account/login");

        await page.FillAsync("#username", "liaison.pl@concordia.demo");
        await page.FillAsync("#password", "not-the-password");
        await page.ClickAsync("button[type=submit]");

        await Assertions.Expect(page.Locator("[data-testid=signin-error]")).ToContainTextAsync("user name or password is wrong");
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
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
