using Concordia.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Concordia.Browser.Tests.Legal;

/// <summary>
/// Issue 11, points 1 and 3, in a real browser: the coordinator changes Poland's legal status (armed with pistols and
/// revolvers, one host officer alongside each Polish officer); Poland's liaison registers a revolver with its
/// authorisation requested on the equipment page and sees its serial masked; the coordinator then grants the
/// authorisation on the same page, with its PDF.
/// </summary>
public sealed class ArmedOfficersTests : IAsyncLifetime
{
    private const string Serial = "REV-2024-XQ71";

    private DemoApp? app;
    private Infrastructure.Browser? browser;

    public async ValueTask InitializeAsync()
    {
        BrowserEnvironment.RequireChromium();
        app = new DemoApp();
        browser = await Infrastructure.Browser.LaunchAsync();
    }

    [Fact]
    public async Task The_coordinator_arms_Poland_and_the_liaison_registers_a_revolver_the_coordinator_then_grants()
    {
        var coordinator = await browser!.SignInAsync(app!.BaseAddress, "coordinator@concordia.demo", "/events/paris-2024/legal-status/PL");
        await coordinator.ClickAsync("[data-testid=change-all]");
        // The form is filled from the status in force first; a box ticked before that render lands would be reset by it.
        await Assertions.Expect(coordinator.Locator("[data-testid=decide-form] h3")).ToContainTextAsync("Change the status of");
        await coordinator.Locator("[data-testid=armed]").CheckAsync();
        await coordinator.FillAsync("[data-testid=weapon-types]", "pistol, revolver");
        await coordinator.FillAsync("[data-testid=host-officers]", "1");
        await coordinator.GetByLabel("Reason for the change").FillAsync("Revolvers of the escort officers authorised by the prefect");
        await coordinator.ClickAsync("[data-testid=save-status]");
        await Assertions.Expect(coordinator.Locator("[data-testid=legal-message]")).ToContainTextAsync("is now version");
        var status = coordinator.Locator("[data-testid=status-all]");
        await Assertions.Expect(status).ToContainTextAsync("Armed: pistol, revolver");
        await Assertions.Expect(status.Locator("dt:has-text('Host officers alongside') + dd")).ToHaveTextAsync("1");

        var liaison = await browser.SignInAsync(app.BaseAddress, "liaison.pl@concordia.demo", "/events/paris-2024/contingents/PL/equipment");
        await liaison.SelectOptionAsync("[data-testid=item-kind]", "Weapon");
        await liaison.FillAsync("[data-testid=item-type]", "revolver");
        await liaison.FillAsync("[data-testid=item-serial]", Serial);
        await Assertions.Expect(liaison.Locator("[data-testid=item-authorisation] option")).ToHaveTextAsync(["Authorisation requested"]);
        await liaison.ClickAsync("[data-testid=register-item]");
        await Assertions.Expect(liaison.Locator("[data-testid=equipment-message]")).ToContainTextAsync("Weapon registered for");
        var row = liaison.Locator("[data-testid=equipment-row]", new PageLocatorOptions { HasText = "••••XQ71" });
        await Assertions.Expect(row).ToContainTextAsync("revolver");
        await Assertions.Expect(row).ToContainTextAsync("Authorisation requested");
        await Assertions.Expect(liaison.Locator("body")).Not.ToContainTextAsync(Serial);

        await coordinator.GotoAsync("/events/paris-2024/contingents/PL/equipment");
        var weapon = coordinator.Locator("[data-testid=equipment-row]", new PageLocatorOptions { HasText = "••••XQ71" });
        await weapon.Locator("[data-testid=change-item]").ClickAsync();
        await Assertions.Expect(coordinator.Locator("[data-testid=editing-weapon]")).ToContainTextAsync("••••XQ71");
        await coordinator.SelectOptionAsync("[data-testid=item-authorisation]", "Granted");
        await coordinator.Locator("[data-testid=item-document]").SetInputFilesAsync(new FilePayload
        {
            Name = "prefecture-revolver.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n"u8.ToArray(),
        });
        await Assertions.Expect(coordinator.Locator("[data-testid=item-document-ready]")).ToContainTextAsync("prefecture-revolver.pdf");
        await coordinator.ClickAsync("[data-testid=save-item]");
        await Assertions.Expect(coordinator.Locator("[data-testid=equipment-message]")).ToContainTextAsync("changed");
        await Assertions.Expect(weapon).ToContainTextAsync("Authorisation granted");
        await Assertions.Expect(weapon).ToContainTextAsync("(document)");
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
