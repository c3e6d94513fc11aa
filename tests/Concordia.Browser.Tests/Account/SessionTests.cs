using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Concordia.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Concordia.Browser.Tests.Account;

/// <summary>A page left open does not outlive the account's access: it is checked as the cookie is.</summary>
public sealed class SessionTests : IAsyncLifetime
{
    private DemoApp? app;
    private Infrastructure.Browser? browser;

    public async ValueTask InitializeAsync()
    {
        BrowserEnvironment.RequireChromium();
        app = new DemoApp(new Dictionary<string, string?> { ["Security:SessionCheckInterval"] = "00:00:02" });
        browser = await Infrastructure.Browser.LaunchAsync();
    }

    [Fact]
    public async Task A_page_left_open_sends_its_reader_to_sign_in_once_an_administrator_locks_the_account()
    {
        const string observer = "observer@concordia.demo";
        var page = await browser!.SignInAsync(app!.BaseAddress, observer, "/events/paris-2024/sites");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Sites");
        // Several checks of an account nobody changed leave the page as it is.
        await page.WaitForTimeoutAsync(5_000);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/events/paris-2024/sites$"));

        var admin = await app.ApiClientAsync("admin@concordia.demo");
        var users = await admin.GetFromJsonAsync<JsonArray>("/api/v1/users");
        var id = users!.First(u => u!["userName"]!.GetValue<string>() == observer)!["id"]!.GetValue<Guid>();
        (await admin.PostAsJsonAsync($"/api/v1/users/{id}/lock", new { })).EnsureSuccessStatusCode();

        // No click, no navigation: the open page itself finds out at its next check.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login"), new PageAssertionsToHaveURLOptions { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
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
