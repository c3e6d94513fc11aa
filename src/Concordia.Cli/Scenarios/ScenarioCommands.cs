using System.CommandLine;
using Concordia.Cli.Common;
using Concordia.Data.Scenarios;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Concordia.Cli.Scenarios;

/// <summary><c>concordia scenario import|export|validate</c>: scenario files in and out of the database.</summary>
public static class ScenarioCommands
{
    public static Command Create(IAnsiConsole console)
    {
        var scenario = new Command("scenario", "Import, export and check scenario files (events, sites, capabilities, requirements).");
        scenario.Subcommands.Add(Import(console));
        scenario.Subcommands.Add(Export(console));
        scenario.Subcommands.Add(Validate(console));
        return scenario;
    }

    private static Command Import(IAnsiConsole console)
    {
        var file = new Argument<FileInfo>("file") { Description = "Scenario file (JSON, see docs/scenario-format.md)." };
        var replace = new Option<bool>("--replace") { Description = "Replace an event that has the same code (all of its data)." };
        var code = new Option<string?>("--code") { Description = "Import the event under this code instead of the file's." };
        var name = new Option<string?>("--name") { Description = "Import the event under this name instead of the file's." };
        var startOn = new Option<DateOnly?>("--start-on") { Description = "Move every date of the file by the same number of days so that the event starts on this day (yyyy-mm-dd)." };
        var command = new Command("import", "Checks a scenario file and imports it in one transaction; on any error nothing is changed.") { file, replace, code, name, startOn };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!.FullName;
            var move = new ScenarioMove(parse.GetValue(code), parse.GetValue(name), parse.GetValue(startOn));
            var read = await console.Status().StartAsync($"Checking {Path.GetFileName(path)}…", _ => ReadAsync(path, cancellationToken, move));
            if (!read.IsSuccess)
            {
                Report.Errors($"{path} was not imported", read.Errors);
                return ExitCodes.InvalidInput;
            }

            await using var services = await Database.OpenAsync(parse, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<ScenarioImporter>();
            var imported = await console.Status().StartAsync($"Importing {read.Value.Event.Code}…",
                _ => importer.ImportAsync(read.Value, parse.GetValue(replace), cancellationToken));
            if (!imported.IsSuccess)
            {
                Report.Errors($"{path} was not imported", imported.Errors);
                return ExitCodes.InvalidInput;
            }

            var graph = imported.Value;
            console.MarkupLine($"[green]Imported[/] {Markup.Escape(graph.Event.Code)} ({Markup.Escape(graph.Event.Name)}): " +
                $"{graph.Sites.Count} sites, {graph.Capabilities.Count} capabilities, {graph.Agencies.Count} agencies, {graph.Requirements.Count} requirements.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Export(IAnsiConsole console)
    {
        var eventCode = new Argument<string>("event") { Description = "Code of the event to export, e.g. paris-2024." };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "File to write; the standard output when omitted." };
        var command = new Command("export", "Writes an event of the database as a scenario file that imports to the same data.") { eventCode, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = await Database.OpenAsync(parse, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var exported = await scope.ServiceProvider.GetRequiredService<ScenarioExporter>().ExportAsync(parse.GetValue(eventCode)!, cancellationToken);
            if (!exported.IsSuccess)
            {
                Report.Errors("Nothing was exported", exported.Errors);
                return ExitCodes.InvalidInput;
            }

            if (parse.GetValue(output) is { } target)
            {
                await File.WriteAllTextAsync(target.FullName, exported.Value, cancellationToken);
                console.MarkupLine($"[green]Written[/] {Markup.Escape(target.FullName)}");
            }
            else
            {
                await Console.Out.WriteAsync(exported.Value.AsMemory(), cancellationToken);
                await Console.Out.WriteLineAsync();
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Validate(IAnsiConsole console)
    {
        var file = new Argument<FileInfo>("file") { Description = "Scenario file to check." };
        var command = new Command("validate", "Checks a scenario file against the format and the domain rules, without a database.") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!.FullName;
            var read = await ReadAsync(path, cancellationToken);
            if (!read.IsSuccess)
            {
                Report.Errors($"{path} is not valid", read.Errors);
                return ExitCodes.InvalidInput;
            }

            console.MarkupLine($"[green]Valid[/]: {Markup.Escape(read.Value.Event.Code)} with {read.Value.Sites.Count} sites and {read.Value.Requirements.Count} requirements.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<Domain.Common.Result<ScenarioGraph>> ReadAsync(string path, CancellationToken cancellationToken, ScenarioMove? move = null) =>
        ScenarioImporter.ToDomain(await ScenarioReader.ReadFileAsync(path, cancellationToken), move);
}
