using System.CommandLine;
using Spectre.Console;

namespace Concordia.Cli.Common;

/// <summary>Runs the command line; an unexpected failure is one clear line, never a stack trace.</summary>
public static class CliRunner
{
    public static async Task<int> RunAsync(RootCommand root, string[] args, IAnsiConsole console)
    {
        try
        {
            var parse = root.Parse(args);
            var code = await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
            // A command line that does not parse (a missing option, a file that is not there) is bad input.
            return parse.Errors.Count > 0 ? ExitCodes.InvalidInput : code;
        }
        catch (CliInputException ex)
        {
            console.MarkupLine($"[red]{Markup.Escape(ex.Message)}[/]");
            return ExitCodes.InvalidInput;
        }
        catch (OperationCanceledException)
        {
            console.MarkupLine("[yellow]Cancelled.[/]");
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException
            or Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException)
        {
            console.MarkupLine($"[red]Failed:[/] {Markup.Escape(ex.GetBaseException().Message)}");
            return ExitCodes.Failure;
        }
    }
}
