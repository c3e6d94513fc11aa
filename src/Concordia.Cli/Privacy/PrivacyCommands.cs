using System.CommandLine;
using Concordia.Cli.Common;
using Concordia.Data.Privacy;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Concordia.Cli.Privacy;

/// <summary><c>concordia privacy export|purge</c>: a person's data on request, erasure after retention.</summary>
public static class PrivacyCommands
{
    public static Command Create(IAnsiConsole console)
    {
        var privacy = new Command("privacy", "Personal data: access requests and erasure after the retention period.");

        var person = new Option<Guid>("--person") { Description = "Id of the contingent member.", Required = true };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "File to write; the standard output when omitted." };
        var export = new Command("export", "Writes everything Concordia holds about one person, as JSON (audited).") { person, output };
        export.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = await Database.OpenAsync(parse, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<PrivacyService>().ExportPersonAsync(parse.GetValue(person), cancellationToken);
            if (!result.IsSuccess)
            {
                Report.Errors("Nothing was exported", result.Errors);
                return ExitCodes.InvalidInput;
            }

            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, result.Value, cancellationToken);
                console.MarkupLine($"[green]Written[/] {Markup.Escape(file.FullName)}");
            }
            else
            {
                await Console.Out.WriteLineAsync(result.Value);
            }

            return ExitCodes.Success;
        });

        var eventCode = new Option<string>("--event") { Description = "Code of the ended event.", Required = true };
        var purge = new Command("purge", "Erases the personal data of an ended event's contingents after the retention period, keeping anonymous counts (audited).") { eventCode };
        purge.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = await Database.OpenAsync(parse, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<PrivacyService>().PurgeEventAsync(parse.GetValue(eventCode)!, cancellationToken);
            if (!result.IsSuccess)
            {
                Report.Errors("Nothing was purged", result.Errors);
                return ExitCodes.InvalidInput;
            }

            console.MarkupLine($"[green]Erased[/] the personal data of {result.Value} member(s); counts per country and capability are kept.");
            return ExitCodes.Success;
        });

        privacy.Subcommands.Add(export);
        privacy.Subcommands.Add(purge);
        return privacy;
    }
}
