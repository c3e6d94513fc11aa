using System.CommandLine;
using System.Text.RegularExpressions;
using Spectre.Console;

namespace Concordia.Cli.Common;

/// <summary>Runs the command line; an unexpected failure is one clear line, never a stack trace.</summary>
public static partial class CliRunner
{
    public static async Task<int> RunAsync(RootCommand root, string[] args, IAnsiConsole console)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // The parser's own messages name .NET types ("as expected type 'System.Int32'"); say what is expected instead.
            foreach (var error in parse.Errors)
            {
                CliConsoles.Error.MarkupLine($"[red]{Markup.Escape(InPlainWords(error.Message))}[/]");
            }

            CliConsoles.Error.MarkupLine($"Run [blue]{Markup.Escape(parse.CommandResult.Command.Name)} --help[/] to see what it accepts.");
            return ExitCodes.InvalidInput;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (CliInputException ex)
        {
            CliConsoles.Error.MarkupLine($"[red]{Markup.Escape(ex.Message)}[/]");
            return ExitCodes.InvalidInput;
        }
        catch (OperationCanceledException)
        {
            CliConsoles.Error.MarkupLine("[yellow]Cancelled.[/]");
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException
            or Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException)
        {
            CliConsoles.Error.MarkupLine($"[red]Failed:[/] {Markup.Escape(ex.GetBaseException().Message)}");
            return ExitCodes.Failure;
        }
    }

    /// <summary>Replaces a .NET type name in a parser message with the kind of value a person should type.</summary>
    public static string InPlainWords(string message) => ExpectedType().Replace(message, m => "as " + Expected(m.Groups["type"].Value));

    private static string Expected(string type) => type switch
    {
        _ when type.Contains("Int", StringComparison.Ordinal) => "a whole number",
        _ when type.Contains("Double", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal) || type.Contains("Single", StringComparison.Ordinal) => "a number",
        _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        _ when type.Contains("DateOnly", StringComparison.Ordinal) => "a date (yyyy-mm-dd)",
        _ when type.Contains("DateTime", StringComparison.Ordinal) => "a date and time (yyyy-mm-ddThh:mm)",
        _ when type.Contains("TimeSpan", StringComparison.Ordinal) => "a duration (hh:mm:ss)",
        _ when type.Contains("Guid", StringComparison.Ordinal) => "an id such as 3f2b…-…",
        _ when type.Contains("FileInfo", StringComparison.Ordinal) => "a file name",
        _ when type.Contains("DirectoryInfo", StringComparison.Ordinal) => "a folder name",
        _ => "one of the accepted values",
    };

    [GeneratedRegex(@"as expected type '(?<type>[^']+)'")]
    private static partial Regex ExpectedType();
}
