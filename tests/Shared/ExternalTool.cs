using System.Diagnostics;

namespace Concordia.Tests.Shared;

/// <summary>
/// Runs a command-line tool the tests check files with (poppler-utils' pdftoppm and pdftotext, zbar-tools'
/// zbarimg), as a person at a printer or with a phone would. A missing tool is a <see cref="TestDependency"/>.
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

        TestDependency.Missing($"{tool} is not installed: apt-get install {debianPackage}.");
        return string.Empty;
    }

    /// <summary>Runs the tool (at most a minute) and returns its standard output; a non-zero exit fails the test, with both outputs in the message.</summary>
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
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(path)} exited with {process.ExitCode}: {await error}{Environment.NewLine}{await output}");
        return await output;
    }
}
