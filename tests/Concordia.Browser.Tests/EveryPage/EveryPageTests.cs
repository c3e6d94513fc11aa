using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Browser.Tests.Infrastructure;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Concordia.Browser.Tests.EveryPage;

/// <summary>
/// Issue 13, points 3 and 6: every page of the app, each as the role that uses it, in one browser: axe-core finds no
/// critical or serious violation at 1440 px, and nothing is wider than a 390 px phone. Screenshots of the phone views
/// are written to a temporary folder (concordia-screenshots), never into the repository.
/// </summary>
public sealed class EveryPageTests(EveryPageTests.Site site) : IClassFixture<EveryPageTests.Site>
{
    [Fact]
    public async Task Axe_finds_no_critical_or_serious_violation_on_any_page()
    {
        var failures = new List<string>();
        foreach (var (account, path) in await site.PagesAsync())
        {
            var page = await site.OpenAsync(account, path, 1440);
            var result = await page.RunAxe();
            failures.AddRange(result.Violations.Where(v => v.Impact is "critical" or "serious")
                .Select(v => $"{path} as {account}: {v.Impact} {v.Id} ({v.Help}) at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Every_page_fits_a_phone_390_px_wide_and_the_request_and_pledge_forms_fit_1440()
    {
        var failures = new List<string>();
        var folder = Path.Combine(Path.GetTempPath(), "concordia-screenshots");
        Directory.CreateDirectory(folder);
        foreach (var (account, path) in await site.PagesAsync())
        {
            var page = await site.OpenAsync(account, path, 390);
            var (width, wide) = await WidthAsync(page);
            if (width > 390)
            {
                failures.Add($"{path} as {account} is {width} px wide at 390: {wide}");
            }

            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"phone-{account.Split('@')[0]}-{Slug(path)}.png"), FullPage = true });
        }

        foreach (var (account, path) in await site.FormsAsync())
        {
            var (width, wide) = await WidthAsync(await site.OpenAsync(account, path, 1440));
            if (width > 1440)
            {
                failures.Add($"{path} as {account} is {width} px wide at 1440: {wide}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task An_unknown_address_shows_the_apps_own_not_found_page_with_the_navigation()
    {
        var page = await site.OpenAsync("observer@concordia.demo", "/events/paris-2024/plan", 1440);

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Not found");
        await Assertions.Expect(page.Locator("nav.nav")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_request_form_names_the_wrong_field_as_shown_and_a_draft_can_be_edited_before_a_confirmed_send()
    {
        var page = await site.OpenAsync("coordinator@concordia.demo", "/events/paris-2024/requests/new", 1440);
        await Assertions.Expect(page.Locator("[data-testid=agency] option:checked")).Not.ToContainTextAsync("sapeurs-pompiers");
        await page.FillAsync("[data-testid=title]", "Marathon support");
        await page.FillAsync("[data-testid=line-0-from]", "2024-08-26");
        await page.FillAsync("[data-testid=line-0-to]", "2024-09-20");
        await page.SelectOptionAsync("[data-testid=country-to-add]", "PL");
        await page.ClickAsync("[data-testid=add-country]");
        await page.FillAsync("[data-testid=quantity-PL-0]", "5");
        await page.PressAsync("[data-testid=quantity-PL-0]", "Tab");

        await page.ClickAsync("[data-testid=save-request]");

        await Assertions.Expect(page.Locator("[data-testid=request-errors]")).ToContainTextAsync("Line 1, To: must lie within the event's dates");
        await Assertions.Expect(page.Locator("[data-testid=request-errors]")).Not.ToContainTextAsync("lines[0]");
        await Assertions.Expect(page.Locator("[data-testid=line-0-to]")).ToHaveAttributeAsync("aria-invalid", "true");

        await page.FillAsync("[data-testid=line-0-to]", "2024-09-08");
        await page.ClickAsync("[data-testid=save-request]");
        await Assertions.Expect(page.Locator("[data-testid=request-status]")).ToHaveTextAsync("Draft");
        await Assertions.Expect(page.Locator("[data-testid=ask-table]")).ToContainTextAsync("not sent yet");
        await page.ClickAsync("[data-testid=edit-request]");
        await page.FillAsync("[data-testid=title]", "Marathon support, revised");
        await page.ClickAsync("[data-testid=save-request]");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Marathon support, revised");

        await page.ClickAsync("[data-testid=send-request]");
        await Assertions.Expect(page.Locator("[data-testid=confirm-send]")).ToContainTextAsync("Send this request to 1 country?");
        await Assertions.Expect(page.Locator("[data-testid=request-status]")).ToHaveTextAsync("Draft");
        await page.ClickAsync("[data-testid=confirm-send-yes]");
        await Assertions.Expect(page.Locator("[data-testid=request-done]")).ToContainTextAsync("Sent to 1 country");
        await Assertions.Expect(page.Locator("[data-testid=request-status]")).ToHaveTextAsync("Sent");
    }

    // The document's width, and the widest elements that stick out, to say what to mend.
    private static async Task<(int Width, string Wide)> WidthAsync(IPage page)
    {
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var wide = await page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
              .slice(0, 4).map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : '') + ' ' + Math.round(e.getBoundingClientRect().right))
              .join(', ')
            """);
        return (width, wide);
    }

    private static string Slug(string path) => path.Trim('/').Replace('/', '-') is { Length: > 0 } slug ? slug[..Math.Min(slug.Length, 60)] : "home";

    /// <summary>The demo app, one browser, one signed-in context per demo account, and the ids the pages need.</summary>
    public sealed class Site : IAsyncLifetime
    {
        private readonly Dictionary<string, IBrowserContext> contexts = [];
        private List<(string Account, string Path)>? pages;
        private DemoApp? app;
        private Infrastructure.Browser? browser;

        public async ValueTask InitializeAsync()
        {
            BrowserEnvironment.RequireChromium();
            app = new DemoApp();
            browser = await Infrastructure.Browser.LaunchAsync();
        }

        /// <summary>Every page, as the account whose work it is (a page several roles use is visited once).</summary>
        public async Task<IReadOnlyList<(string Account, string Path)>> PagesAsync()
        {
            if (pages is not null)
            {
                return pages;
            }

            const string coordinator = "coordinator@concordia.demo", liaison = "liaison.pl@concordia.demo", commander = "commander@concordia.demo";
            var api = await app!.ApiClientAsync(coordinator);
            var events = await api.GetFromJsonAsync<JsonArray>("/api/v1/events");
            var paris = events!.First(e => e!["code"]!.GetValue<string>() == "paris-2024")!["id"]!.GetValue<Guid>();
            var requestId = (await api.GetFromJsonAsync<JsonArray>($"/api/v1/events/{paris}/requests"))![0]!["id"]!.GetValue<Guid>();
            var polish = await app.ApiClientAsync(liaison);
            var askId = (await polish.GetFromJsonAsync<JsonArray>($"/api/v1/events/{paris}/countries/PL/asks"))![0]!["id"]!.GetValue<Guid>();
            var token = await app.BadgeTokenAsync("paris-upcoming");
            var upcoming = events!.First(e => e!["code"]!.GetValue<string>() == "paris-upcoming")!["id"]!.GetValue<Guid>();
            // An ask whose pledge still waits for the host's decision, so that the pledge form shows.
            var openAsk = (await polish.GetFromJsonAsync<JsonArray>($"/api/v1/events/{upcoming}/countries/PL/asks"))!
                .First(a => a!["title"]!.GetValue<string>().StartsWith("Military", StringComparison.Ordinal))!["id"]!.GetValue<Guid>();
            var draft = await DraftAsync(api, paris);
            const string e = "/events/paris-2024";
            pages =
            [
                ("anonymous", "/account/login"),
                (coordinator, "/"),
                (coordinator, e),
                (coordinator, $"{e}/sites"),
                (coordinator, $"{e}/sites/STA"),
                (coordinator, $"{e}/requirements"),
                (coordinator, $"{e}/requests"),
                (coordinator, $"{e}/requests/new"),
                (coordinator, $"{e}/requests/{requestId}"),
                (coordinator, $"{e}/requests/{draft}"),
                (coordinator, $"{e}/requests/{draft}/edit"),
                (coordinator, $"{e}/status-board"),
                (coordinator, $"{e}/contingents"),
                (coordinator, $"{e}/arrivals"),
                (coordinator, $"{e}/lodging"),
                (coordinator, $"{e}/check-in"),
                (coordinator, "/audit"),
                (coordinator, "/reciprocity"),
                (coordinator, "/notifications"),
                // Opening the second-factor page draws a new authenticator key, which signs the account out elsewhere.
                ("planner@concordia.demo", "/account/two-factor"),
                (coordinator, "/events/paris-2024/plan"),
                (coordinator, "/events/paris-upcoming/host-forces"),
                (coordinator, "/events/paris-upcoming/host-forces/fr-gn"),
                (coordinator, "/events/paris-upcoming/host-forces/fr-gn/import"),
                (liaison, $"{e}/asks"),
                (liaison, $"{e}/asks/{askId}"),
                (liaison, $"/events/paris-upcoming/asks/{openAsk}"),
                (liaison, $"{e}/contingents/PL"),
                (liaison, $"{e}/contingents/PL/import"),
                (liaison, "/account/access-denied"),
                ("vetting@concordia.demo", "/events/paris-upcoming/vetting"),
                (commander, $"/verify/{token}"),
                ("admin@concordia.demo", "/admin/users"),
            ];
            return pages;
        }

        // A draft request of the coordinator, to show the draft's page and its edit form.
        private static async Task<Guid> DraftAsync(HttpClient api, Guid eventId)
        {
            var agencies = await api.GetFromJsonAsync<JsonArray>($"/api/v1/events/{eventId}/agencies");
            var capabilities = await api.GetFromJsonAsync<JsonArray>($"/api/v1/events/{eventId}/capabilities");
            using var created = await api.PostAsJsonAsync($"/api/v1/events/{eventId}/requests", new
            {
                agencyId = agencies!.First(a => a!["code"]!.GetValue<string>() == "fr-dcis")!["id"],
                title = "Extra patrols for the marathon",
                replyDeadline = DateTime.UtcNow.AddDays(10),
                lines = new[] { new { capabilityId = capabilities![0]!["id"], from = "2024-08-10", to = "2024-08-11", siteGroup = "Marathon route" } },
                countries = new[] { new { country = "PL", quantities = new[] { 12 } }, new { country = "ES", quantities = new[] { 8 } } },
            });
            created.EnsureSuccessStatusCode();
            return (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        }

        /// <summary>The wide forms: a new request and a pledge.</summary>
        public async Task<IReadOnlyList<(string Account, string Path)>> FormsAsync() =>
            [.. (await PagesAsync()).Where(p => p.Path.EndsWith("/requests/new", StringComparison.Ordinal) || p.Path.Contains("/asks/", StringComparison.Ordinal))];

        /// <summary>Opens the page as the account at that width, once its content has loaded.</summary>
        public async Task<IPage> OpenAsync(string account, string path, int width)
        {
            if (!contexts.TryGetValue(account, out var context))
            {
                context = await browser!.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = app!.BaseAddress.ToString(), BypassCSP = true, Locale = "en-GB" });
                // Pages that compute over the whole demo take long on a busy two-core machine.
                context.SetDefaultTimeout(90_000);
                context.SetDefaultNavigationTimeout(90_000);
                if (account != "anonymous")
                {
                    var signIn = await context.NewPageAsync();
                    await signIn.GotoAsync("/account/login");
                    await signIn.FillAsync("#username", account);
                    await signIn.FillAsync("#password", DemoApp.Password);
                    await signIn.ClickAsync("button[type=submit]");
                    try
                    {
                        await signIn.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal),
                            new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
                    }
                    catch (TimeoutException)
                    {
                        Assert.Fail($"{account} could not sign in: {await signIn.InnerTextAsync("body")}");
                    }

                    await signIn.CloseAsync();
                }

                contexts[account] = context;
            }

            foreach (var open in context.Pages.ToList())
            {
                await open.CloseAsync();
            }

            var page = await context.NewPageAsync();
            await page.SetViewportSizeAsync(width, 900);
            await page.GotoAsync(path);
            if (!path.StartsWith("/account/login", StringComparison.Ordinal))
            {
                await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
            }

            try
            {
                await page.WaitForFunctionAsync("() => document.querySelector('h1') && !document.querySelector('.loading')", null,
                    new PageWaitForFunctionOptions { Timeout = 45_000 });
            }
            catch (TimeoutException)
            {
                Assert.Fail($"{path} as {account} did not finish loading: {await page.InnerTextAsync("body")}");
            }

            return page;
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
}
