using Microsoft.Playwright;

namespace Concordia.Browser.Tests.Infrastructure;

/// <summary>Headless Debian chromium, launched the way this machine allows (no sandbox, no background network).</summary>
public sealed class Browser : IAsyncDisposable
{
    private readonly IPlaywright playwright;

    private Browser(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Chromium = browser;
    }

    public IBrowser Chromium { get; }

    public static async Task<Browser> LaunchAsync()
    {
        BrowserEnvironment.RequireChromium();
        // Pages compute over the whole demo; on a busy two-core machine that takes more than Playwright's 5 s default.
        Assertions.SetDefaultExpectTimeout(30_000);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new Browser(playwright, browser);
    }

    /// <summary>Script errors and failed console messages seen by the pages this browser opened.</summary>
    public List<string> ConsoleErrors { get; } = [];

    /// <summary>A page at the app's address, waiting until Blazor's circuit is up.</summary>
    public async Task<IPage> OpenAsync(Uri baseAddress, string path, int width = 1440, int height = 1000)
    {
        var page = await NewPageAsync(baseAddress, width, height);
        await page.GotoAsync(path);
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        return page;
    }

    /// <summary>Signs in through the real sign-in page and opens <paramref name="path"/> once signed in.</summary>
    public async Task<IPage> SignInAsync(Uri baseAddress, string userName, string path, int width = 1440, int height = 1000)
    {
        var page = await NewPageAsync(baseAddress, width, height);
        await page.GotoAsync("/account/login?returnUrl=" + Uri.EscapeDataString(path));
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", DemoApp.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        return page;
    }

    /// <summary>
    /// A page that records script errors. The test suite runs the browser tests beside the database tests on two cores,
    /// where the first load of a page after sign-in has taken more than Playwright's 30 s default; a page that never
    /// loads still fails, after 90 s.
    /// </summary>
    private async Task<IPage> NewPageAsync(Uri baseAddress, int width, int height)
    {
        var page = await Chromium.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, BaseURL = baseAddress.ToString() });
        page.SetDefaultTimeout(90_000);
        page.SetDefaultNavigationTimeout(90_000);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => ConsoleErrors.Add(error);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Chromium.DisposeAsync();
        playwright.Dispose();
    }
}
