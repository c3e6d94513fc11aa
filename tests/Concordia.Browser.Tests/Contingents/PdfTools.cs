using System.Diagnostics;
using Concordia.Browser.Tests.Infrastructure;

namespace Concordia.Browser.Tests.Contingents;

/// <summary>
/// poppler-utils' pdftoppm (first page of a PDF to PNG) and zbar-tools' zbarimg (read a QR code from an image), as a
/// person at a printer or with a phone would. Missing tools skip the test, except in CI where they are a failure.
/// </summary>
internal static class PdfTools
{
    public static async Task<string> FirstPageAsPngAsync(string pdf, string folder)
    {
        var output = Path.Combine(folder, "badge");
        await RunAsync(Require("pdftoppm", "poppler-utils"), "-r", "300", "-png", "-singlefile", "-f", "1", "-l", "1", pdf, output);
        return output + ".png";
    }

    /// <summary>The text of the QR code in an image.</summary>
    public static async Task<string> ReadQrAsync(string png) =>
        (await RunAsync(Require("zbarimg", "zbar-tools"), "--quiet", "--raw", png)).Trim();

    private static string Require(string tool, string package)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, tool)).FirstOrDefault(File.Exists);
        if (path is not null)
        {
            return path;
        }

        var reason = $"{tool} is not installed: apt-get install {package}.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason + " In CI this is a failure.");
        }

        Assert.Skip(reason);
        return string.Empty;
    }

    private static async Task<string> RunAsync(string path, params string[] arguments)
    {
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true };
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
