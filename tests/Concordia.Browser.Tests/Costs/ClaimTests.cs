using Concordia.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Concordia.Browser.Tests.Costs;

/// <summary>
/// Issue 11, point 2, in a real browser: Poland's liaison records an expense the host pays (fuel for the escort vans)
/// on Poland's costs page, corrects it, drafts a claim of it and submits it; the coordinator approves it on the
/// event's claims page; the liaison then sees the claim approved.
/// </summary>
public sealed class ClaimTests : IAsyncLifetime
{
    private const string Description = "Fuel for the escort vans, 5 August";

    private DemoApp? app;
    private Infrastructure.Browser? browser;

    public async ValueTask InitializeAsync()
    {
        BrowserEnvironment.RequireChromium();
        app = new DemoApp();
        browser = await Infrastructure.Browser.LaunchAsync();
    }

    [Fact]
    public async Task The_liaison_records_an_expense_and_claims_it_the_coordinator_approves_the_claim()
    {
        var liaison = await browser!.SignInAsync(app!.BaseAddress, "liaison.pl@concordia.demo", "/events/paris-2024/agreements/PL");
        await liaison.SelectOptionAsync("[data-testid=expense-category]", "Fuel");
        await liaison.FillAsync("[data-testid=expense-amount]", "1200");
        await liaison.FillAsync("[data-testid=expense-currency]", "PLN");
        await liaison.FillAsync("[data-testid=expense-day]", "2024-08-05");
        await liaison.FillAsync("[data-testid=expense-description]", Description);
        await liaison.ClickAsync("[data-testid=record-expense]");
        await Assertions.Expect(liaison.Locator("[data-testid=costs-message]")).ToContainTextAsync("Expense recorded");

        var row = liaison.Locator("[data-testid=expenses] tbody tr", new PageLocatorOptions { HasText = Description });
        await row.Locator("[data-testid=change-expense]").ClickAsync();

        // The form shows the expense once the page has rendered the change; typing before that would be overwritten.
        await Assertions.Expect(liaison.Locator("[data-testid=record-expense]")).ToHaveTextAsync("Save the change");
        await liaison.FillAsync("[data-testid=expense-amount]", "1234.50");
        await liaison.ClickAsync("[data-testid=record-expense]");
        await Assertions.Expect(liaison.Locator("[data-testid=costs-message]")).ToContainTextAsync("Expense changed");
        await Assertions.Expect(row).ToContainTextAsync("1,234.50");

        await row.Locator("[data-testid=pick-expense]").CheckAsync();
        await liaison.ClickAsync("[data-testid=draft-claim]");
        await Assertions.Expect(liaison.Locator("[data-testid=costs-message]")).ToContainTextAsync("Claim drafted");
        var claim = liaison.Locator("section.claim", new PageLocatorOptions { HasText = Description });
        await Assertions.Expect(claim.Locator("[data-testid=claim-state]")).ToHaveTextAsync("Draft");
        await claim.Locator("[data-testid=submit-claim]").ClickAsync();
        await Assertions.Expect(claim.Locator("[data-testid=claim-state]")).ToHaveTextAsync("Submitted");
        await Assertions.Expect(row.Locator("[data-testid=change-expense]")).ToHaveCountAsync(0);

        var coordinator = await browser.SignInAsync(app.BaseAddress, "coordinator@concordia.demo", "/events/paris-2024/claims");
        var submitted = coordinator.Locator("section.claim", new PageLocatorOptions { HasText = Description });
        await submitted.Locator("[data-testid=decision-note]").FillAsync("Fuel is the host's under the memorandum");
        await submitted.Locator("[data-testid=approve-claim]").ClickAsync();
        await Assertions.Expect(submitted.Locator("[data-testid=claim-state]")).ToHaveTextAsync("Approved");

        await liaison.ReloadAsync();
        await Assertions.Expect(liaison.Locator("section.claim", new PageLocatorOptions { HasText = Description }).Locator("[data-testid=claim-state]"))
            .ToHaveTextAsync("Approved");
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
