using Concordia.Tests.Shared;

namespace Concordia.Browser.Tests.Infrastructure;

/// <summary>
/// Browser tests drive Debian's chromium (CONCORDIA_CHROMIUM overrides the path). Without it they are skipped with
/// the reason, except in CI (CI=true), where a missing browser is a failure.
/// </summary>
public static class BrowserEnvironment
{
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CONCORDIA_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static void RequireChromium()
    {
        if (File.Exists(ChromiumPath))
        {
            return;
        }

        TestDependency.Missing($"Chromium was not found at {ChromiumPath}: install Debian's chromium package (apt-get install chromium).");
    }
}
