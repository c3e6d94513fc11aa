using Spectre.Console;

namespace Concordia.Cli.Common;

/// <summary>
/// Where the command writes: results on standard output, errors and warnings on standard error, so that a script
/// piping the output reads only results. Piped output is not cut to a terminal's 80 columns: a table keeps its width.
/// </summary>
public static class CliConsoles
{
    // Wide enough for any table we print; lines are as long as their content, never padded to this.
    private const int PipedWidth = 1000;

    public static IAnsiConsole Out { get; } = Create(Console.Out, Console.IsOutputRedirected);

    public static IAnsiConsole Error { get; } = Create(Console.Error, Console.IsErrorRedirected);

    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        if (redirected)
        {
            console.Profile.Width = PipedWidth;
        }

        return console;
    }
}
