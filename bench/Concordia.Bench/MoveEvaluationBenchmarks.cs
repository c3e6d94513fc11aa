using BenchmarkDotNet.Attributes;
using Concordia.Planning.Benchmarks.Events;
using Concordia.Planning.Engine;

namespace Concordia.Bench;

/// <summary>The search's inner loop: can this agent take this duty, and what would it cost or save.</summary>
[MemoryDiagnoser]
// Not sealed: BenchmarkDotNet generates a subclass of each benchmark class.
public class MoveEvaluationBenchmarks
{
    private Fixture fixture = null!;
    private (int Agent, int Demand)[] moves = [];

    [Params("small", "medium")]
    public string Size { get; set; } = "small";

    [GlobalSetup]
    public void Setup()
    {
        fixture = new Fixture(EventSize.Parse(Size)!);
        var rng = new Random(7);
        var p = fixture.Compiled;
        moves = Enumerable.Range(0, 1024).Select(_ =>
        {
            var d = rng.Next(p.DemandCount);
            var pool = p.AgentsByCap[p.DemCap[d]];
            return (pool[rng.Next(pool.Length)], d);
        }).ToArray();
    }

    [Benchmark(OperationsPerInvoke = 1024)]
    public int QuickCheck()
    {
        var ok = 0;
        foreach (var (a, d) in moves)
        {
            ok += Concordia.Planning.Engine.QuickCheck.CanTake(fixture.Compiled, fixture.Solution, a, d) ? 1 : 0;
        }

        return ok;
    }

    [Benchmark(OperationsPerInvoke = 1024)]
    public long DeltaAdd()
    {
        long sum = 0;
        foreach (var (a, d) in moves)
        {
            sum += fixture.Solution.DeltaAdd(a, d).Soft;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = 1024)]
    public long DeltaRemove()
    {
        long sum = 0;
        var s = fixture.Solution;
        foreach (var (a, _) in moves)
        {
            var duties = s.Duties(a);
            if (duties.Count > 0)
            {
                sum += s.DeltaRemove(a, duties[0]).Soft;
            }
        }

        return sum;
    }
}
