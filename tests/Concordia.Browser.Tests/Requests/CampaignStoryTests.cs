using Concordia.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Concordia.Browser.Tests.Requests;

/// <summary>
/// The story Concordia was built for, in a real browser: the coordinator sends a campaign to three countries, each
/// liaison answers (full, partial, counter-offer), the coordinator accepts, the status board shows the figures, and a
/// liaison cannot open another country's ask.
/// </summary>
public sealed class CampaignStoryTests : IAsyncLifetime
{
    private const string Title = "Gendarmerie support for the Seine perimeter";
    private DemoApp? app;
    private Infrastructure.Browser? browser;

    public async ValueTask InitializeAsync()
    {
        BrowserEnvironment.RequireChromium();
        app = new DemoApp();
        browser = await Infrastructure.Browser.LaunchAsync();
    }

    [Fact]
    public async Task A_campaign_goes_from_the_coordinator_to_three_liaisons_and_back_to_the_status_board()
    {
        // The coordinator drafts and sends the campaign: 10 patrol officers asked of Poland, 20 of Spain, 30 of Germany.
        var coordinator = await browser!.SignInAsync(app!.BaseAddress, "coordinator@concordia.demo", "/events/paris-2024/requests/new");
        await coordinator.SelectOptionAsync("[data-testid=agency]", new SelectOptionValue { Label = "Gendarmerie nationale" });
        await coordinator.FillAsync("[data-testid=title]", Title);
        await coordinator.SelectOptionAsync("[data-testid=line-0-capability]", new SelectOptionValue { Label = "Patrol police officer" });
        foreach (var (country, quantity) in new[] { ("PL", 10), ("ES", 20), ("DE", 30) })
        {
            await coordinator.SelectOptionAsync("[data-testid=country-to-add]", country);
            await coordinator.ClickAsync("[data-testid=add-country]");
            var cell = coordinator.Locator($"[data-testid=quantity-{country}-0]");
            await cell.FillAsync(quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await cell.PressAsync("Tab");
        }

        await coordinator.ClickAsync("[data-testid=save-request]");
        await Assertions.Expect(coordinator.Locator("[data-testid=request-status]")).ToHaveTextAsync("Draft");
        await coordinator.ClickAsync("[data-testid=send-request]");
        await Assertions.Expect(coordinator.Locator("[data-testid=confirm-send]")).ToContainTextAsync("Send this request to 3 countries?");
        await coordinator.ClickAsync("[data-testid=confirm-send-yes]");
        await Assertions.Expect(coordinator.Locator("[data-testid=request-status]")).ToHaveTextAsync("Sent");
        var requestUrl = coordinator.Url;

        // Each liaison answers from their own list of asks.
        var spanishAsk = await AnswerAsync("liaison.es@concordia.demo", "partial", quantity: 15);
        await AnswerAsync("liaison.pl@concordia.demo", "full");
        await AnswerAsync("liaison.de@concordia.demo", "counter-offer", quantity: 1, capability: "Public-order unit");

        // The Polish liaison cannot open Spain's ask.
        var pole = await browser.SignInAsync(app.BaseAddress, "liaison.pl@concordia.demo", spanishAsk);
        await Assertions.Expect(pole.Locator("[data-testid=ask-missing]")).ToBeVisibleAsync();
        await Assertions.Expect(pole.Locator("body")).Not.ToContainTextAsync("15");

        // The coordinator accepts every answer.
        foreach (var country in new[] { "Poland", "Spain", "Germany" })
        {
            await coordinator.GotoAsync(requestUrl);
            await coordinator.ClickAsync($"[data-testid=ask-table] tr:has-text('{country}') a");
            await coordinator.ClickAsync("[data-testid=accept-1]");
            await Assertions.Expect(coordinator.Locator("[data-testid=decision-1]")).ToContainTextAsync("Accepted");
        }

        // The board, for this agency's campaign: 60 asked; 10 + 15 pledged and a 72-strong public-order unit; all accepted.
        await coordinator.GotoAsync("/events/paris-2024/status-board");
        await coordinator.SelectOptionAsync("select:near(:text('Agency'))", new SelectOptionValue { Label = "Gendarmerie nationale" });
        await Assertions.Expect(coordinator.Locator("[data-testid=kpi-requested]")).ToHaveTextAsync("60");
        await Assertions.Expect(coordinator.Locator("[data-testid=kpi-pledged]")).ToHaveTextAsync("97");
        await Assertions.Expect(coordinator.Locator("[data-testid=kpi-accepted]")).ToHaveTextAsync("97");
        await Assertions.Expect(coordinator.Locator("[data-testid=kpi-arrived]")).ToHaveTextAsync("0");
        await Assertions.Expect(coordinator.Locator("[data-testid=board-table]")).ToContainTextAsync("Spain");
        await coordinator.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Screenshots.PathFor("status-board.png"),
            FullPage = true,
        });
    }

    private async Task<string> AnswerAsync(string liaison, string answer, int? quantity = null, string? capability = null)
    {
        var page = await browser!.SignInAsync(app!.BaseAddress, liaison, "/events/paris-2024/asks");
        await page.ClickAsync($"[data-testid=my-asks] a:has-text('{Title}')");
        await page.SelectOptionAsync("[data-testid=answer-1]", answer switch
        {
            "full" => "Full",
            "partial" => "Partial",
            _ => "CounterOffer",
        });
        if (capability is not null)
        {
            var option = await page.Locator("[data-testid=capability-1] option", new PageLocatorOptions { HasTextString = capability }).First.GetAttributeAsync("value");
            await page.SelectOptionAsync("[data-testid=capability-1]", option!);
            await page.FillAsync("[data-testid=note-1]", "A formed unit instead of individual officers");
        }

        if (quantity is { } q)
        {
            await page.FillAsync("[data-testid=quantity-1]", q.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await page.ClickAsync("[data-testid=submit-pledge]");
        await Assertions.Expect(page.Locator("[data-testid=ask-status]")).ToHaveTextAsync("Answered");
        await Assertions.Expect(page.Locator("[data-testid=pledge-history]")).ToContainTextAsync("submitted");
        return new Uri(page.Url).PathAndQuery;
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
