using System.CommandLine;
using System.Globalization;
using Concordia.Cli.Common;
using Concordia.Data;
using Concordia.Data.Reciprocity;
using Concordia.Data.StatusBoard;
using Concordia.Domain.Countries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Concordia.Cli.Requests;

/// <summary><c>concordia requests list</c>, <c>concordia board</c> and <c>concordia reciprocity</c>: the assistance figures on a terminal.</summary>
public static class AssistanceCommands
{
    public static IEnumerable<Command> Create(IAnsiConsole console)
    {
        yield return Requests(console);
        yield return Board(console);
        yield return Reciprocity(console);
    }

    private static Command Requests(IAnsiConsole console)
    {
        var eventCode = new Option<string>("--event") { Description = "Event code, e.g. paris-2024.", Required = true };
        var list = new Command("list", "Lists the requests for assistance of an event with their answers.") { eventCode };
        list.SetAction(async (parse, cancellationToken) => await WithEventAsync(parse, parse.GetValue(eventCode)!, console, async (db, ev) =>
        {
            var requests = await db.Requests.AsNoTracking().Include(r => r.Asks).Where(r => r.EventId == ev.Id).ToListAsync(cancellationToken);
            var agencies = await db.Agencies.Where(a => a.EventId == ev.Id).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
            var table = new Table().AddColumns("Request", "Agency", "Status", "Reply by", "Countries", "Answered", "Overdue", "Units asked");
            foreach (var r in requests.OrderBy(r => r.CreatedAt))
            {
                table.AddRow(Markup.Escape(r.Title), Markup.Escape(agencies[r.AgencyId]), r.Status.ToString(), r.ReplyDeadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    r.Asks.Count.ToString(CultureInfo.InvariantCulture), r.Asks.Count(a => a.Status == Domain.Requests.AskStatus.Answered).ToString(CultureInfo.InvariantCulture),
                    r.Asks.Count(a => a.Status == Domain.Requests.AskStatus.Overdue).ToString(CultureInfo.InvariantCulture), r.Asks.Sum(a => a.Total).ToString("N0", CultureInfo.InvariantCulture));
            }

            console.Write(table);
        }, cancellationToken));
        var command = new Command("requests", "Requests for assistance.");
        command.Subcommands.Add(list);
        return command;
    }

    private static Command Board(IAnsiConsole console)
    {
        var eventCode = new Option<string>("--event") { Description = "Event code, e.g. paris-2024.", Required = true };
        var by = new Option<BoardDimension>("--by") { Description = "Group by country, capability, agency or phase.", DefaultValueFactory = _ => BoardDimension.Country };
        var command = new Command("board", "The status board: people requested, pledged, accepted and arrived.") { eventCode, by };
        command.SetAction(async (parse, cancellationToken) => await WithEventAsync(parse, parse.GetValue(eventCode)!, console, async (db, ev) =>
        {
            var board = await StatusBoardQuery.RunAsync(db, ev, parse.GetValue(by), new BoardFilter(), cancellationToken);
            var table = new Table().AddColumns(parse.GetValue(by).ToString(), "Requested", "Pledged", "Accepted", "Arrived", "Dogs");
            foreach (var row in board.Rows.Append(board.Total))
            {
                table.AddRow(Markup.Escape(row.Label), N(row.Requested), N(row.Pledged), N(row.Accepted), N(row.Arrived), N(row.AcceptedDogs));
            }

            console.Write(table);
            console.MarkupLine($"{board.CountriesAsked} countries asked, {board.CountriesAnswered} answered, {board.CountriesContributing} contributing.");
        }, cancellationToken));
        return command;
    }

    private static Command Reciprocity(IAnsiConsole console)
    {
        var country = new Option<string?>("--country") { Description = "Only the pairs of this country (ISO alpha-2)." };
        var command = new Command("reciprocity", "Officer-days given and received between countries across events.") { country };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = await Database.OpenAsync(parse, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ConcordiaDbContext>();
            var only = parse.GetValue(country) is { Length: > 0 } code ? new[] { code.ToUpperInvariant() } : null;
            var ledger = await ReciprocityLedger.ComputeAsync(db, only, cancellationToken);
            var table = new Table().AddColumns("Countries", "First gave", "Second gave", "Balance (first)");
            foreach (var pair in ledger.Pairs)
            {
                table.AddRow($"{Markup.Escape(pair.NameA)} ↔ {Markup.Escape(pair.NameB)}", N(pair.AGaveB), N(pair.BGaveA), pair.BalanceForA.ToString("+#,0;-#,0;0", CultureInfo.InvariantCulture));
            }

            console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<int> WithEventAsync(ParseResult parse, string code, IAnsiConsole console, Func<ConcordiaDbContext, Domain.Events.Event, Task> work,
        CancellationToken cancellationToken)
    {
        await using var services = await Database.OpenAsync(parse, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConcordiaDbContext>();
        var ev = await db.Events.FirstOrDefaultAsync(e => e.Code == code, cancellationToken);
        if (ev is null)
        {
            Report.Errors("Nothing to show", [new Domain.Common.DomainError("--event", $"no event '{code}'")]);
            return ExitCodes.InvalidInput;
        }

        await work(db, ev);
        return ExitCodes.Success;
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
