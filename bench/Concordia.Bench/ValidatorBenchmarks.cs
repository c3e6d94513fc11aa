using BenchmarkDotNet.Attributes;
using Concordia.Planning.Benchmarks.Events;
using Concordia.Planning.Model;
using Concordia.Planning.Validation;

namespace Concordia.Bench;

/// <summary>Full validation of a constructed plan, from the problem and the assignments alone.</summary>
[MemoryDiagnoser]
// Not sealed: BenchmarkDotNet generates a subclass of each benchmark class.
public class ValidatorBenchmarks
{
    private Fixture fixture = null!;

    [Params("small", "medium")]
    public string Size { get; set; } = "small";

    [GlobalSetup]
    public void Setup() => fixture = new Fixture(EventSize.Parse(Size)!);

    [Benchmark]
    public PlanReport Validate() => PlanValidator.Validate(fixture.Problem, fixture.Assignments);
}
