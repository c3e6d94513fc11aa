using System.Diagnostics;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Badges;

/// <summary>
/// Runs a command-line tool the badge tests check PDFs with (poppler-utils' pdftoppm and pdftotext, zbar-tools'
/// zbarimg). A missing tool skips the test with the reason, except in CI (CI=true), where it is a failure.
/// </summary>
internal static class ExternalTool
{
    public static string Require(string tool, string debianPackage)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, tool))
            .FirstOrDefault(File.Exists);
        if (path is not null)
        {
            return path;
        }

        var reason = $"{tool} is not installed: apt-get install {debianPackage}.";
        if (TestEnvironment.IsCi)
        {
            Assert.Fail(reason + " In CI this is a failure.");
        }

        Assert.Skip(reason);
        return string.Empty;
    }

    public static async Task<string> RunAsync(string path, params string[] arguments)
    {
        var start = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{path} did not start.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(path)} exited with {process.ExitCode}: {await error}");
        return await output;
    }
}
