using System.CommandLine;
using System.Globalization;
using Concordia.Cli.Common;
using Concordia.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Concordia.Cli.Events;

/// <summary><c>concordia events list</c>: what the database holds.</summary>
public static class EventCommands
{
    public static Command Create(IAnsiConsole console)
    {
        var events = new Command("events", "Events in the database.");
        var list = new Command("list", "Lists the events with their dates, level in force and size.");
        list.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = await Database.OpenAsync(parse, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ConcordiaDbContext>();
            var all = await db.Events.AsNoTracking().ToListAsync(cancellationToken);
            var table = new Table().AddColumns("Code", "Name", "Host", "From", "To", "Alert level", "Sites", "Requirements");
            foreach (var ev in all.OrderByDescending(e => e.Start))
            {
                var sites = await db.Sites.CountAsync(s => s.EventId == ev.Id, cancellationToken);
                var requirements = await db.Requirements.CountAsync(r => r.EventId == ev.Id, cancellationToken);
                table.AddRow(Markup.Escape(ev.Code), Markup.Escape(ev.Name), ev.HostCountry, ev.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ev.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Markup.Escape(ev.CurrentLevel.Name),
                    sites.ToString(CultureInfo.InvariantCulture), requirements.ToString(CultureInfo.InvariantCulture));
            }

            console.Write(table);
            return ExitCodes.Success;
        });
        events.Subcommands.Add(list);
        events.Subcommands.Add(ProblemCommand.Create(console));
        return events;
    }
}
