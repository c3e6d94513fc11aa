using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Concordia.Browser.Tests.Infrastructure;
using Concordia.Web.Features.Security;
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
    public async Task No_page_shows_a_value_by_its_internal_name()
    {
        // Every value of the domain's enumerations and every role whose name runs two words together ("UnderReview").
        var internalNames = typeof(Domain.Events.Event).Assembly.GetExportedTypes().Concat(typeof(Web.Infrastructure.Words).Assembly.GetExportedTypes())
            .Where(t => t.IsEnum).SelectMany(Enum.GetNames).Concat(Data.Identity.Roles.All)
            .Where(n => Regex.IsMatch(n, "^[A-Z][a-z]+[A-Z]")).ToHashSet(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var (account, path) in await site.PagesAsync())
        {
            var page = await site.OpenAsync(account, path, 1440);
            var text = await page.InnerTextAsync("body");
            var shown = Regex.Matches(text, @"\b[A-Za-z]+\b").Select(m => m.Value).Where(internalNames.Contains).Distinct().ToList();
            if (shown.Count > 0)
            {
                failures.Add($"{path} as {account} shows {string.Join(", ", shown)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Requirements_name_their_alert_level_and_ask_lines_show_the_conditions_asked()
    {
        var page = await site.OpenAsync("coordinator@concordia.demo", "/events/paris-2024/sites/STA", 1440);
        var requirements = page.Locator("[data-testid=requirement-table]");
        await Assertions.Expect(requirements).ToContainTextAsync(new Regex("Vigilance|Urgence attentat"));
        await Assertions.Expect(requirements).Not.ToContainTextAsync("urgence-attentat");

        var (liaison, ask) = (await site.PagesAsync()).First(p => p.Path.StartsWith("/events/paris-2024/asks/", StringComparison.Ordinal));
        page = await site.OpenAsync(liaison, ask, 1440);
        await Assertions.Expect(page.Locator("[data-testid=ask-lines]")).ToContainTextAsync(new Regex("Lodged by the host|Own lodging"));
    }

    [Fact]
    public async Task A_reader_who_chooses_French_reads_values_dates_and_numbers_in_French_and_can_go_back()
    {
        const string session = "coordinator-in-french";
        var page = await site.OpenAsync("coordinator@concordia.demo", "/events/paris-2024/requests", 1440, session);
        await page.SelectOptionAsync("[data-testid=language]", "fr-FR");
        await page.ClickAsync("[data-testid=language-apply]");
        await page.WaitForFunctionAsync("() => document.documentElement.lang === 'fr' && window.Blazor !== undefined && document.querySelector('[data-testid=request-table]')");

        var table = page.Locator("[data-testid=request-table]");
        await Assertions.Expect(table).ToContainTextAsync(new Regex("(Envoyée|Close|Retirée|Brouillon)"));
        await Assertions.Expect(table).ToContainTextAsync(new Regex("(janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)"));
        await Assertions.Expect(page.Locator("[data-testid=signed-in-user]")).ToContainTextAsync("Coordinateur du pays hôte");

        page = await site.OpenAsync("coordinator@concordia.demo", "/events/paris-2024/status-board", 1440, session);
        // French groups thousands with a (narrow) no-break space: 2 185, not 2,185.
        await Assertions.Expect(page.Locator("[data-testid=kpi-requested]")).ToHaveTextAsync(new Regex(@"^\d{1,3}([\u202F\u00A0]\d{3})+$"));

        await page.SelectOptionAsync("[data-testid=language]", "en-GB");
        await page.ClickAsync("[data-testid=language-apply]");
        await page.WaitForFunctionAsync("() => document.documentElement.lang === 'en' && window.Blazor !== undefined && document.querySelector('[data-testid=kpi-requested]')");
        await Assertions.Expect(page.Locator("[data-testid=kpi-requested]")).ToHaveTextAsync(new Regex(@"^\d{1,3}(,\d{3})+$"));
    }

    [Fact]
    public async Task The_answer_form_names_the_wrong_date_as_shown_and_keeps_conditions_in_their_own_fields()
    {
        var (account, path) = (await site.PagesAsync()).First(p => p.Path.StartsWith("/events/paris-upcoming/asks/", StringComparison.Ordinal));
        var page = await site.OpenAsync(account, path, 1440);
        var to = await page.Locator("[data-testid=to-1]").InputValueAsync();
        await page.FillAsync("[data-testid=to-1]", "31/12/2099");
        await page.SelectOptionAsync("[data-testid=lodging-1]", "SelfSufficient");
        await page.FillAsync("[data-testid=languages-1]", "en, fr");
        await page.FillAsync("[data-testid=other-conditions-1]", "Day shifts only");
        await page.ClickAsync("[data-testid=submit-pledge]");

        var errors = page.Locator("[data-testid=pledge-errors]");
        await Assertions.Expect(errors).ToContainTextAsync("Line 1, To: must lie within the event's dates");
        await Assertions.Expect(errors).Not.ToContainTextAsync("lines[");
        await Assertions.Expect(page.Locator("[data-testid=to-1]")).ToHaveAttributeAsync("aria-invalid", "true");
        // Nothing typed is lost: the form keeps every field.
        await Assertions.Expect(page.Locator("[data-testid=other-conditions-1]")).ToHaveValueAsync("Day shifts only");

        await page.FillAsync("[data-testid=to-1]", to);
        await page.ClickAsync("[data-testid=submit-pledge]");
        await Assertions.Expect(page.Locator("[data-testid=pledge-conditions-1]")).ToContainTextAsync("speaks en, fr · own lodging · Day shifts only");
        await Assertions.Expect(page.Locator("[data-testid=pledge-errors]")).ToHaveCountAsync(0);
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
        // The coordinator's own agency, not the first in the list (the fire brigade).
        await Assertions.Expect(page.Locator("[data-testid=agency] option:checked")).ToContainTextAsync("(DCIS)");
        await page.FillAsync("[data-testid=title]", "Marathon support");
        // Day before month, whatever the browser's own date format.
        await page.FillAsync("[data-testid=line-0-from]", "26/08/2024");
        await page.FillAsync("[data-testid=line-0-to]", "20/09/2024");
        await page.SelectOptionAsync("[data-testid=line-0-where]", new SelectOptionValue { Label = "Stade de France" });
        await page.SelectOptionAsync("[data-testid=country-to-add]", "PL");
        await page.ClickAsync("[data-testid=add-country]");
        await page.FillAsync("[data-testid=quantity-PL-0]", "5");
        await page.PressAsync("[data-testid=quantity-PL-0]", "Tab");

        await page.ClickAsync("[data-testid=save-request]");

        await Assertions.Expect(page.Locator("[data-testid=request-errors]")).ToContainTextAsync("Line 1, To: must lie within the event's dates");
        await Assertions.Expect(page.Locator("[data-testid=request-errors]")).Not.ToContainTextAsync("lines[0]");
        await Assertions.Expect(page.Locator("[data-testid=line-0-to]")).ToHaveAttributeAsync("aria-invalid", "true");

        await page.FillAsync("[data-testid=line-0-to]", "08/09/2024");
        await page.ClickAsync("[data-testid=save-request]");
        await Assertions.Expect(page.Locator("[data-testid=request-status]")).ToHaveTextAsync("Draft");
        await Assertions.Expect(page.Locator("[data-testid=request-lines]")).ToContainTextAsync("26 Aug");
        await Assertions.Expect(page.Locator("[data-testid=request-lines]")).ToContainTextAsync("8 Sep");
        await Assertions.Expect(page.Locator("[data-testid=request-lines]")).ToContainTextAsync("Stade de France");
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
        private readonly HashSet<IPage> unclosed = [];
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
            var plan = await PlannedAsync();
            const string e = "/events/paris-2024";
            const string p = $"/events/{Planning.PlanningStoryEvent.Code}/planning";
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
                // Opening the second-factor page draws a new authenticator key, which signs the account out in every other
                // browser; this one stays signed in (OpenAsync fails if a page sends a signed-in account to the sign-in page).
                ("planner@concordia.demo", "/account/two-factor"),
                (coordinator, "/events/paris-2024/plan"),
                (coordinator, $"{e}/planning"),
                ("planner@concordia.demo", p),
                ("planner@concordia.demo", $"{p}/versions/{plan}/coverage"),
                ("planner@concordia.demo", $"{p}/duties"),
                ("planner@concordia.demo", $"{p}/settings"),
                ("planner@concordia.demo", $"{p}/visitors"),
                (coordinator, $"{p}/closures"),
                (liaison, $"{e}/contingents/PL/absences"),
                (liaison, $"{p}/duties"),
                (coordinator, "/events/paris-upcoming/host-forces"),
                (coordinator, "/events/paris-upcoming/host-forces/fr-gn"),
                (coordinator, "/events/paris-upcoming/host-forces/fr-gn/import"),
                (liaison, $"{e}/asks"),
                (liaison, $"{e}/asks/{askId}"),
                (liaison, $"/events/paris-upcoming/asks/{openAsk}"),
                (liaison, $"{e}/contingents/PL"),
                (liaison, $"{e}/contingents/PL/import"),
                (coordinator, $"{e}/legal-status"),
                (liaison, $"{e}/legal-status/PL"),
                (coordinator, $"{e}/legal-status/DE"),
                (coordinator, $"{e}/agreements"),
                (liaison, $"{e}/agreements/PL"),
                (coordinator, $"{e}/agreements/DE"),
                (coordinator, $"{e}/claims"),
                (liaison, "/events/paris-upcoming/claims"),
                (liaison, $"{e}/contingents/PL/equipment"),
                ("vetting@concordia.demo", "/events/paris-upcoming/contingents/DE/equipment"),
                (liaison, "/account/access-denied"),
                ("vetting@concordia.demo", "/events/paris-upcoming/vetting"),
                (commander, $"/verify/{token}"),
                ("admin@concordia.demo", "/admin/users"),
            ];
            return pages;
        }

        // The planning pages need a plan: the small planning event's first plan, published so that liaisons see it.
        private async Task<Guid> PlannedAsync()
        {
            await Planning.PlanningStoryEvent.CreateAsync(app!);
            var planner = await app!.ApiClientAsync("planner@concordia.demo");
            var events = await planner.GetFromJsonAsync<JsonArray>("/api/v1/events");
            var eventId = events!.First(e => e!["code"]!.GetValue<string>() == Planning.PlanningStoryEvent.Code)!["id"]!.GetValue<Guid>();
            (await planner.PostAsync($"/api/v1/events/{eventId}/plans", null)).EnsureSuccessStatusCode();
            for (var i = 0; i < 600; i++)
            {
                var versions = await planner.GetFromJsonAsync<JsonArray>($"/api/v1/events/{eventId}/plans/versions");
                if (versions!.Count > 0)
                {
                    var version = versions[0]!;
                    (await planner.PostAsJsonAsync($"/api/v1/plans/versions/{version["id"]}/publish", new { version = version["version"]!.GetValue<int>() }))
                        .EnsureSuccessStatusCode();
                    return version["id"]!.GetValue<Guid>();
                }

                await Task.Delay(200);
            }

            throw new TimeoutException("the planning event's first plan did not finish in two minutes");
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
        public async Task<IPage> OpenAsync(string account, string path, int width, string? session = null)
        {
            IPage? signingIn = null;
            if (!contexts.TryGetValue(session ?? account, out var context))
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

                    // Signing in is done once the response to the form has set the session cookie. The dashboard it lands
                    // on is not waited for: on a busy two-core machine, waiting for its address once timed out after 90 s
                    // while the dashboard already showed. Each test waits for the page it opens below.
                    var signedIn = false;
                    for (var waited = 0; waited < 90_000 && !signedIn; waited += 250)
                    {
                        signedIn = (await context.CookiesAsync()).Any(c => c.Name == SecuritySetup.CookieName);
                        if (!signedIn)
                        {
                            await Task.Delay(250);
                        }
                    }

                    if (!signedIn)
                    {
                        Assert.Fail($"{account} could not sign in: {await signIn.InnerTextAsync("body")}");
                    }

                    // The sign-in page may still be committing its way to the dashboard, and closing a page then can
                    // wait for ever (below): it is closed with the account's next page.
                    signingIn = signIn;
                }

                contexts[session ?? account] = context;
            }

            foreach (var open in context.Pages.Except(unclosed).Where(p => p != signingIn).ToList())
            {
                // Chromium can acknowledge closing a page that is committing a navigation and never close it, and the
                // close then waits for ever: after 30 s the page is left open, not tried again, and the test goes on.
                try
                {
                    await open.CloseAsync().WaitAsync(TimeSpan.FromSeconds(30));
                }
                catch (TimeoutException)
                {
                    unclosed.Add(open);
                }
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

            if (account != "anonymous" && new Uri(page.Url).AbsolutePath.StartsWith("/account/login", StringComparison.Ordinal))
            {
                Assert.Fail($"{path} as {account} went to the sign-in page: the account was signed out");
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
