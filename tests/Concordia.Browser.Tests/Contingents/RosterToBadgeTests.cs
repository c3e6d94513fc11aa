using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concordia.Browser.Tests.Infrastructure;
using Concordia.Data.Scenarios;
using Concordia.Data.Scenarios.Format;
using Microsoft.Playwright;

namespace Concordia.Browser.Tests.Contingents;

/// <summary>
/// Issue 5's story in a real browser: the Polish liaison uploads a roster with errors, sees them per row, fixes the
/// file and commits it; the vetting officer accredits the members and issues their badges; the badge PDF renders (its
/// first page turned into an image, its QR code read from that image); the QR code's page says valid to a site
/// commander, and revoked once the vetting officer revokes the badge.
/// </summary>
public sealed class RosterToBadgeTests : IAsyncLifetime
{
    private DemoApp? app;
    private Infrastructure.Browser? browser;
    private string folder = string.Empty;

    public async ValueTask InitializeAsync()
    {
        BrowserEnvironment.RequireChromium();
        app = new DemoApp();
        browser = await Infrastructure.Browser.LaunchAsync();
        folder = Directory.CreateTempSubdirectory("concordia-badge-").FullName;
    }

    [Fact]
    public async Task A_liaison_fixes_and_commits_a_roster_and_the_badge_of_an_accredited_member_verifies_valid_then_revoked()
    {
        var code = await ImportFutureEventAsync();
        var liaison = await browser!.SignInAsync(app!.BaseAddress, "liaison.pl@concordia.demo", $"/events/{code}/contingents/PL/import");

        await ChooseFileAsync(liaison, Csv("roster.csv",
            "Personnel number,Family name,Given name,Capability,Date of birth,Passport number\r\n" +
            "PL-KGP-0001,Wiśniewska-Łęcka,Małgorzata,patrol,1988-11-23,EA1234567\r\n" +
            "PL-KGP-0002,,Paweł,patrol,03/04/1979,EB7654321\r\n" +
            "PL-ZW-0003,Zieliński,Grzegorz,k9-police,12/31/1991,EC1112223\r\n"));
        var errors = liaison.Locator("[data-testid=roster-errors] tbody tr");
        await Assertions.Expect(errors).ToHaveCountAsync(3);
        await Assertions.Expect(liaison.Locator("[data-testid=roster-errors] tr[data-row='3']")).ToContainTextAsync("Family name");
        await Assertions.Expect(liaison.Locator("[data-testid=roster-errors] tr[data-row='4']")).ToHaveCountAsync(2);
        await Assertions.Expect(liaison.Locator("[data-testid=commit-roster]")).ToHaveCountAsync(0);
        await liaison.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("roster-import-errors.png"), FullPage = true });

        await ChooseFileAsync(liaison, Csv("roster.csv",
            "Personnel number,Family name,Given name,Capability,Date of birth,Passport number\r\n" +
            "PL-KGP-0001,Wiśniewska-Łęcka,Małgorzata,patrol,1988-11-23,EA1234567\r\n" +
            "PL-KGP-0002,Kowalski,Paweł,patrol,03/04/1979,EB7654321\r\n" +
            "PL-ZW-0003,Zieliński,Grzegorz,k9,31/12/1991,EC1112223\r\n"));
        await Assertions.Expect(liaison.Locator("[data-testid=plan-created]")).ToHaveTextAsync("3");
        await liaison.ClickAsync("[data-testid=commit-roster]");
        await Assertions.Expect(liaison.Locator("[data-testid=roster-committed]")).ToContainTextAsync("3 new");
        await liaison.GotoAsync($"/events/{code}/contingents/PL");
        await Assertions.Expect(liaison.Locator("[data-testid=member-table] tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(liaison.Locator("[data-testid=member-table]")).ToContainTextAsync("WIŚNIEWSKA-ŁĘCKA Małgorzata");
        await Assertions.Expect(liaison.Locator("[data-testid=member-table] .accreditation")).ToHaveTextAsync(["Submitted", "Submitted", "Submitted"]);

        var vetting = await browser.SignInAsync(app.BaseAddress, "vetting@concordia.demo", $"/events/{code}/vetting");
        await Assertions.Expect(vetting.Locator("[data-testid=vetting-table] tbody tr")).ToHaveCountAsync(3);
        await vetting.Locator("[data-testid=vetting-table] thead input[type=checkbox]").CheckAsync();
        await vetting.ClickAsync("[data-testid=accredit]");
        await Assertions.Expect(vetting.Locator("[data-testid=vetting-message]")).ToHaveTextAsync("Accredited: 3 member(s).");
        await vetting.Locator("[data-testid=vetting-table] thead input[type=checkbox]").CheckAsync();
        await vetting.ClickAsync("[data-testid=issue-badge]");
        await Assertions.Expect(vetting.Locator("[data-testid=vetting-message]")).ToHaveTextAsync("Badges issued: 3 member(s).");
        await Assertions.Expect(vetting.Locator("[data-testid=badge-pdf]")).ToHaveCountAsync(3);
        await vetting.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("vetting-board.png"), FullPage = true });

        var row = vetting.Locator("[data-testid=vetting-table] tbody tr", new() { HasText = "Małgorzata" });
        var pdfUrl = await row.Locator("[data-testid=badge-pdf]").GetAttributeAsync("href");
        var pdf = await vetting.Context.APIRequest.GetAsync(pdfUrl!);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        var pdfPath = Path.Combine(folder, "badge.pdf");
        await File.WriteAllBytesAsync(pdfPath, await pdf.BodyAsync(), TestContext.Current.CancellationToken);
        var png = await PdfTools.FirstPageAsPngAsync(pdfPath, folder);
        File.Copy(png, Screenshots.PathFor("badge.png"), overwrite: true);
        var verification = new Uri(await PdfTools.ReadQrAsync(png));
        Assert.StartsWith("/verify/", verification.AbsolutePath, StringComparison.Ordinal);

        var commander = await browser.SignInAsync(app.BaseAddress, "commander@concordia.demo", verification.PathAndQuery, width: 390, height: 844);
        await Assertions.Expect(commander.Locator("[data-testid=badge-verdict]")).ToHaveTextAsync("VALID");
        await Assertions.Expect(commander.Locator("[data-testid=badge-facts]")).ToContainTextAsync("WIŚNIEWSKA-ŁĘCKA");
        await Assertions.Expect(commander.Locator("[data-testid=badge-facts]")).Not.ToContainTextAsync("EA1234567");
        await commander.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("badge-verification.png"), FullPage = true });

        await row.Locator("input[type=checkbox]").CheckAsync();
        await vetting.FillAsync("[data-testid=vetting-reason]", "Reported lost by its holder.");
        await vetting.ClickAsync("[data-testid=revoke-badge]");
        await Assertions.Expect(vetting.Locator("[data-testid=vetting-message]")).ToHaveTextAsync("Badges revoked: 1 member(s).");

        await commander.ReloadAsync();
        await Assertions.Expect(commander.Locator("[data-testid=badge-verdict]")).ToHaveTextAsync("REVOKED");
        Assert.Empty(browser.ConsoleErrors);
    }

    /// <summary>Issue 12, point 7: the liaison reads a CSV again in the encoding they choose when its letters look wrong.</summary>
    [Fact]
    public async Task A_liaison_reads_a_csv_again_in_another_encoding_and_sees_its_names_change()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var code = await ImportFutureEventAsync();
        var liaison = await browser!.SignInAsync(app!.BaseAddress, "liaison.pl@concordia.demo", $"/events/{code}/contingents/PL/import");

        await ChooseFileAsync(liaison, new FilePayload
        {
            Name = "roster.csv", MimeType = "text/csv",
            Buffer = Encoding.GetEncoding(1252).GetBytes("Personnel number,Family name,Given name,Capability\r\nFR-1,Lefèvre,Amélie,patrol\r\n"),
        });
        var preview = liaison.Locator("[data-testid=roster-preview]");
        await Assertions.Expect(preview).ToContainTextAsync("LEFÈVRE Amélie");
        await Assertions.Expect(liaison.Locator("[data-testid=roster-encoding]")).ToContainTextAsync("Windows-1252 (detected)");
        await liaison.SelectOptionAsync("[data-testid=roster-encoding]", "windows-1250");
        await Assertions.Expect(preview).ToContainTextAsync("LEFČVRE Amélie");
        await liaison.SelectOptionAsync("[data-testid=roster-encoding]", "windows-1252");
        await Assertions.Expect(preview).ToContainTextAsync("LEFÈVRE Amélie");
        Assert.Empty(browser.ConsoleErrors);
    }

    /// <summary>An event of the test's own, starting in a month, so that badges issued today are valid.</summary>
    private async Task<string> ImportFutureEventAsync()
    {
        var code = "roster-" + Guid.NewGuid().ToString("N")[..8];
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        var file = new ScenarioFile(ScenarioFile.CurrentVersion,
            new ScenarioEvent(code, "Roster test games", null, "FR", "Europe/Paris", start, start.AddDays(9), [new ScenarioPhase("main", "Main phase", start, start.AddDays(9))]),
            new ScenarioAlertScale("vigipirate", "Vigipirate", [new ScenarioAlertLevel("vigilance", "Vigilance", 1, "#2E86C1", null)], "vigilance"),
            [new ScenarioAgency("pn", "Police nationale", "police", null)],
            [
                new ScenarioCapability("patrol", "Patrol officer", "patrol-officer", 3, 1, 0, null),
                new ScenarioCapability("k9", "Explosive-detection canine team", "explosive-detection-canine-team", 1, 1, 1, null),
            ],
            [new ScenarioSite("STA", "Stade de France", "venue", "Saint-Denis", new ScenarioPoint(48.92448, 2.36013), null, null, 77083, null)],
            []);
        var coordinator = await app!.ApiClientAsync("coordinator@concordia.demo");
        using var response = await coordinator.PostAsync("/api/v1/scenarios", new StringContent(JsonSerializer.Serialize(file, ScenarioJson.Options), Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return code;
    }

    /// <summary>
    /// Chooses a file in Blazor's file input once its script listens: the input is on the page a moment before Blazor
    /// attaches its change handler, and a file chosen in between is never read.
    /// </summary>
    private static async Task ChooseFileAsync(IPage page, FilePayload file)
    {
        var input = page.Locator("[data-testid=roster-file]");
        await input.WaitForAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=roster-file]')?._blazorInputFileNextFileId !== undefined");
        await input.SetInputFilesAsync(file);
    }

    private static FilePayload Csv(string name, string text) => new() { Name = name, MimeType = "text/csv", Buffer = new UTF8Encoding(false).GetBytes(text) };

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

        Directory.Delete(folder, recursive: true);
    }
}
