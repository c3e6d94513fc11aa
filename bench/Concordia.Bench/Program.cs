using System.CommandLine;
using BenchmarkDotNet.Running;
using Concordia.Cli.Planning;

// "micro ..." runs the BenchmarkDotNet suite; anything else is a planning command, exactly as `concordia` runs it.
if (args.Length > 0 && args[0] == "micro")
{
    BenchmarkSwitcher.FromAssembly(typeof(Concordia.Bench.MoveEvaluationBenchmarks).Assembly).Run(args[1..]);
    return 0;
}

var root = new RootCommand("Concordia planning benchmarks: the planning commands of `concordia`, and `micro` for BenchmarkDotNet.");
foreach (var command in PlanningCommands.All())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
