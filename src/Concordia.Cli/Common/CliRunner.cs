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
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
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
