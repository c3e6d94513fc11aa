using System.Diagnostics;

namespace Concordia.Web.Tests.Infrastructure;

/// <summary>Runs the real <c>concordia</c> program, as a user does, on the SQLite database in a given folder.</summary>
public static class ConcordiaCli
{
    /// <summary>The CLI's own build output, next to this test project's (same configuration and runtime).</summary>
    public static string Path
    {
        get
        {
            var here = AppContext.BaseDirectory;
            var marker = System.IO.Path.Combine("tests", "Concordia.Web.Tests") + System.IO.Path.DirectorySeparatorChar;
            var index = here.LastIndexOf(marker, StringComparison.Ordinal);
            return System.IO.Path.Combine(here[..index], "src", "Concordia.Cli", here[(index + marker.Length)..], "concordia.dll");
        }
    }

    /// <summary>The output with the console's line wrapping undone (every run of white space as one space).</summary>
    public static string Unwrapped(string output) => string.Join(' ', output.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static Task<(int ExitCode, string Output)> RunAsync(string dataFolder, params string[] args) => RunWithInputAsync(dataFolder, null, args);

    /// <summary>Runs the program with <paramref name="input"/> as its standard input (none: an empty, closed input).</summary>
    public static async Task<(int ExitCode, string Output)> RunWithInputAsync(string dataFolder, string? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Path);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--data-dir");
        start.ArgumentList.Add(dataFolder);
        start.Environment["COLUMNS"] = "240";
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input ?? string.Empty);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    /// <summary>Runs the program as a script pipes it: no terminal width given, standard output and error read apart.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunPipedAsync(string dataFolder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path);
        foreach (var arg in (string[])[.. args, "--data-dir", dataFolder])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("COLUMNS");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
