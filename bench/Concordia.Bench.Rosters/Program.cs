using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Concordia.Bench.Rosters -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Concordia.Bench.Rosters.RosterImportBenchmarks).Assembly).Run(args);
