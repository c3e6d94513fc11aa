using System.CommandLine;
using Concordia.Cli.Common;
using Concordia.Data;
using Concordia.Data.Planning;
using Concordia.Domain.Planning;
using Concordia.Planning.Io;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Concordia.Cli.Events;

/// <summary>
/// <c>concordia events problem</c>: writes the planning problem a plan job of the event would solve now (the same
/// build from the database), as a planning file that <c>concordia plan</c>, <c>validate</c> and <c>bench</c> read.
/// </summary>
internal static class ProblemCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var eventCode = new Argument<string>("event") { Description = "Code of the event, e.g. paris-upcoming." };
        var output = new Option<FileInfo>("--out", "-o") { Description = "Planning file to write.", Required = true };
        var level = new Option<string?>("--level") { Description = "Alert level whose requirements apply; the level in force when omitted." };
        var published = new Option<bool>("--published") { Description = "Include the published plan's duties, as a re-plan starts from them." };
        var command = new Command("problem", "Writes the event's planning problem, built from the database as a plan job builds it.") { eventCode, output, level, published };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await Database.OpenAsync(parse, ct);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ConcordiaDbContext>();
            var code = parse.GetValue(eventCode)!;
            var ev = await db.Events.SingleOrDefaultAsync(e => e.Code == code, ct);
            if (ev is null)
            {
                await Console.Error.WriteLineAsync($"event: no event has the code '{code}'");
                return ExitCodes.InvalidInput;
            }

            var alertLevel = parse.GetValue(level) ?? ev.CurrentAlertLevel;
            if (ev.AlertScale.Find(alertLevel) is null)
            {
                await Console.Error.WriteLineAsync($"--level: the event's alert scale has no level '{alertLevel}'");
                return ExitCodes.InvalidInput;
            }

            Guid? basedOn = null;
            if (parse.GetValue(published))
            {
                basedOn = await db.PlanVersions.AsNoTracking().Where(v => v.EventId == ev.Id && v.State == PlanVersionState.Published)
                    .Select(v => (Guid?)v.Id).SingleOrDefaultAsync(ct);
                if (basedOn is null)
                {
                    await Console.Error.WriteLineAsync("--published: the event has no published plan");
                    return ExitCodes.InvalidInput;
                }
            }

            var settings = await db.PlanningSettings.AsNoTracking().SingleOrDefaultAsync(s => s.EventId == ev.Id, ct) ?? PlanningSettings.DefaultsFor(ev.Id);
            var (problem, _) = await PlanningProblemBuilder.BuildAsync(db, ev, alertLevel, settings, basedOn, DateTime.UtcNow, ct);
            var target = parse.GetValue(output)!;
            await PlanningFiles.WriteAsync(target.FullName, problem, ct);
            console.MarkupLine($"[green]Written[/] {Markup.Escape(target.FullName)}: {problem.Staff.Count} staff, {problem.Windows.Count} windows, {problem.Demands.Count} demand lines at level {Markup.Escape(alertLevel)}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
