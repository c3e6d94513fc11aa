using System.CommandLine;
using Concordia.Cli.Admin;
using Concordia.Cli.Audit;
using Concordia.Cli.Common;
using Concordia.Cli.Contingents;
using Concordia.Cli.Events;
using Concordia.Cli.Privacy;
using Concordia.Cli.Requests;
using Concordia.Cli.Scenarios;
using Concordia.Cli.Worker;
using Spectre.Console;

// Results on standard output, errors on standard error (CliConsoles); the planning verbs use AnsiConsole directly.
var console = CliConsoles.Out;
AnsiConsole.Console = console;
var root = new RootCommand("concordia: international security reinforcement for major events — scenarios, planning and benchmarks.");
GlobalOptions.AddTo(root);
root.Subcommands.Add(ScenarioCommands.Create(console));
root.Subcommands.Add(EventCommands.Create(console));
root.Subcommands.Add(AuditCommands.Create(console));
root.Subcommands.Add(AdminCommands.Create(console));
root.Subcommands.Add(PrivacyCommands.Create(console));
root.Subcommands.Add(ContingentCommands.Create(console));
root.Subcommands.Add(WorkerCommand.Create());
foreach (var command in AssistanceCommands.Create(console)) root.Subcommands.Add(command);
foreach (var command in Concordia.Cli.Planning.PlanningCommands.All()) root.Subcommands.Add(command);
return await CliRunner.RunAsync(root, args, console);
