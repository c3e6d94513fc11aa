using Concordia.Domain.Common;
using Spectre.Console;

namespace Concordia.Cli.Common;

/// <summary>How commands tell the user what went wrong: every error on its own line, path first, on standard error.</summary>
public static class Report
{
    public static void Errors(string heading, IReadOnlyList<DomainError> errors)
    {
        var console = CliConsoles.Error;
        console.MarkupLine($"[red]{Markup.Escape(heading)}[/] ({errors.Count} error{(errors.Count == 1 ? "" : "s")}):");
        foreach (var error in errors)
        {
            console.MarkupLine($"  [yellow]{Markup.Escape(error.Field)}[/]: {Markup.Escape(error.Message)}");
        }
    }
}
