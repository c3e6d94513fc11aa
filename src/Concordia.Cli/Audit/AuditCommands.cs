using System.CommandLine;
using Concordia.Cli.Common;
using Concordia.Data;
using Concordia.Data.Auditing;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Concordia.Cli.Audit;

/// <summary><c>concordia audit verify</c>: proves the audit trail has not been tampered with.</summary>
public static class AuditCommands
{
    public static Command Create(IAnsiConsole console)
    {
        var audit = new Command("audit", "The audit trail of every change of state.");
        var verify = new Command("verify",
            "Recomputes the keyed hash chain of the audit trail and compares it with the last signed checkpoint; names every entry that was changed, removed or inserted.");
        verify.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = await Database.OpenAsync(parse, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ConcordiaDbContext>();
            var result = await console.Status().StartAsync("Checking the audit chain…", async status =>
                await AuditVerifier.VerifyAsync(db, new Progress<long>(n => status.Status($"Checking the audit chain… {n:N0} entries")), cancellationToken));
            if (result.IsIntact)
            {
                console.MarkupLine($"[green]Intact[/]: {result.Checked:N0} entries, every hash and link checks out; " + (result.Checkpoint is { } at
                    ? $"the last signed checkpoint (entry {at:N0}) is in the chain."
                    : "there is no signed checkpoint yet."));
                return ExitCodes.Success;
            }

            CliConsoles.Error.MarkupLine($"[red]Tampering detected[/] in the audit trail ({result.Checked:N0} entries checked):");
            foreach (var broken in result.Breaks)
            {
                CliConsoles.Error.MarkupLine($"  entry [yellow]{broken.Sequence}[/]: {Markup.Escape(broken.Reason)}");
            }

            return ExitCodes.Failure;
        });
        audit.Subcommands.Add(verify);
        return audit;
    }
}
