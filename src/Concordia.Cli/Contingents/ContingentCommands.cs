using System.CommandLine;
using Concordia.Cli.Common;
using Concordia.Data;
using Concordia.Data.Contingents;
using Concordia.Data.Rosters;
using Concordia.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Concordia.Cli.Contingents;

/// <summary>
/// <c>concordia contingents import|export|template</c>: a country's roster in and out of the database, with the same
/// reader, rules and all-or-nothing commit as the web page and the API.
/// </summary>
public static class ContingentCommands
{
    public static Command Create(IAnsiConsole console)
    {
        var contingents = new Command("contingents", "Contingent rosters: import (all or nothing), export, empty templates.");
        contingents.Subcommands.Add(Import(console));
        contingents.Subcommands.Add(Export(console));
        contingents.Subcommands.Add(Template(console));
        return contingents;
    }

    private static Command Import(IAnsiConsole console)
    {
        var file = new Argument<FileInfo>("file") { Description = "Roster file: CSV (any usual encoding and separator) or XLSX, headers in English or French." }
            .AcceptExistingOnly();
        var eventCode = EventOption();
        var country = CountryOption();
        var dryRun = new Option<bool>("--dry-run") { Description = "Read and check the file and say what would change, without writing anything." };
        var encoding = new Option<string?>("--encoding")
        {
            Description = "Text encoding of a CSV file, instead of the detected one: " + string.Join(", ", RosterEncodings.Choices.Select(c => c.Key)) + ".",
        };
        encoding.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } key && !RosterEncodings.IsChoice(key))
            {
                result.AddError($"'{key}' is not an encoding the roster reader knows; use one of {string.Join(", ", RosterEncodings.Choices.Select(c => c.Key))}.");
            }
        });
        var command = new Command("import", "Imports a roster into a country's contingent: every row or none; members are matched by personnel number.")
        {
            file, eventCode, country, dryRun, encoding,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            await using var services = await Database.OpenAsync(parse, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ConcordiaDbContext>();
            if (await FindEventAsync(db, console, parse.GetValue(eventCode)!, cancellationToken) is not { } ev)
            {
                return ExitCodes.InvalidInput;
            }

            var countryCode = parse.GetValue(country)!.ToUpperInvariant();
            var importer = new RosterImporter(db);
            await using var stream = path.OpenRead();
            var preview = await importer.ReadAsync(ev, countryCode, stream, path.Name, parse.GetValue(encoding), cancellationToken);
            console.MarkupLine($"Read {Markup.Escape(path.Name)}: {preview.Format?.ToString() ?? "unknown format"}" +
                $"{(preview.Encoding is null ? "" : ", " + Markup.Escape(preview.Encoding))}, {preview.Rows.Count} row(s).");
            var by = $"cli:{Environment.UserName}";
            var result = parse.GetValue(dryRun)
                ? await importer.PlanAsync(ev, countryCode, preview, by, cancellationToken)
                : await importer.CommitAsync(ev, countryCode, preview, by, path.Name, cancellationToken);
            if (!result.IsSuccess)
            {
                Report.Errors($"{path.Name} was not imported; nothing was changed", result.Errors);
                return ExitCodes.InvalidInput;
            }

            var plan = result.Value;
            console.MarkupLine($"[green]{(parse.GetValue(dryRun) ? "Would import" : "Imported")}[/] into {Markup.Escape(ev.Code)}/{countryCode}: " +
                $"{plan.Created} new, {plan.Updated} updated, {plan.Unchanged} unchanged; {plan.SentBackToVetting} back to vetting, " +
                $"{plan.WithoutCommitment} in no commitment, {plan.NotInFile} of the contingent not in the file.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Export(IAnsiConsole console)
    {
        var eventCode = EventOption();
        var country = CountryOption();
        var (format, language) = (FormatOption(), LanguageOption());
        var output = new Option<FileInfo>("--out", "-o") { Description = "File to write.", Required = true };
        var command = new Command("export", "Writes a country's contingent as a roster file that imports back to the same members (personal data in clear).")
        {
            eventCode, country, format, language, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = await Database.OpenAsync(parse, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ConcordiaDbContext>();
            if (await FindEventAsync(db, console, parse.GetValue(eventCode)!, cancellationToken) is not { } ev)
            {
                return ExitCodes.InvalidInput;
            }

            var target = parse.GetValue(output)!;
            await using var stream = target.Create();
            var count = await RosterExporter.WriteAsync(db, ev.Id, parse.GetValue(country)!.ToUpperInvariant(), parse.GetValue(format), parse.GetValue(language),
                stream, cancellationToken);
            console.MarkupLine($"[green]Written[/] {count} member(s) to {Markup.Escape(target.FullName)}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Template(IAnsiConsole console)
    {
        var (format, language) = (FormatOption(), LanguageOption());
        var output = new Option<FileInfo>("--out", "-o") { Description = "File to write.", Required = true };
        var guide = new Option<bool>("--guide") { Description = "Write the column guide (CSV) instead of the empty roster." };
        var command = new Command("template", "Writes the empty roster template (or its column guide) for liaisons to fill in.") { format, language, output, guide };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = parse.GetValue(output)!;
            await using var stream = target.Create();
            if (parse.GetValue(guide))
            {
                await RosterTemplates.WriteGuideCsvAsync(stream, parse.GetValue(language), cancellationToken);
            }
            else
            {
                await RosterTemplates.WriteAsync(stream, parse.GetValue(format), parse.GetValue(language), cancellationToken);
            }

            console.MarkupLine($"[green]Written[/] {Markup.Escape(target.FullName)}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<Event?> FindEventAsync(ConcordiaDbContext db, IAnsiConsole console, string code, CancellationToken cancellationToken)
    {
        var ev = await db.Events.FirstOrDefaultAsync(e => e.Code == code, cancellationToken);
        if (ev is null)
        {
            CliConsoles.Error.MarkupLine($"[red]There is no event '{Markup.Escape(code)}'.[/]");
        }

        return ev;
    }

    private static Option<string> EventOption() => new("--event") { Description = "Code of the event, e.g. paris-2024.", Required = true };

    private static Option<string> CountryOption() => new("--country") { Description = "ISO 3166-1 alpha-2 code of the contingent's country, e.g. PL.", Required = true };

    private static Option<RosterFileFormat> FormatOption() => new("--format") { Description = "Csv or Xlsx.", DefaultValueFactory = _ => RosterFileFormat.Xlsx };

    private static Option<RosterLanguage> LanguageOption() => new("--language") { Description = "English or French headers.", DefaultValueFactory = _ => RosterLanguage.English };
}
