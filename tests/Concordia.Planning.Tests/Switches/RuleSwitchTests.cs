using Concordia.Planning.Rules;
using static Concordia.Planning.Tests.Scenario;

namespace Concordia.Planning.Tests.Switches;

/// <summary>
/// A rule switched off, made soft, made hard or re-weighted means the same to the validator, to construction's cheap
/// test, to the engine (day-roster path and general path: construction, fill, repair, moves, CP-SAT neighbourhoods)
/// and to both CP-SAT models: each reaches the hand-computed optimum of every setting.
/// </summary>
public sealed class RuleSwitchTests
{
    public static TheoryData<string> Rules { get; } = [.. SwitchCases.All.Select(c => c.Rule)];

    [Fact]
    public void Every_rule_overrides_may_change_has_a_case()
    {
        var adjustable = RuleCatalog.Describe().Where(r => r.Adjustable).Select(r => r.Name).Order();

        Assert.Equal(adjustable, SwitchCases.All.Select(c => c.Rule).Order());
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_validator_counts_the_rule_only_while_it_is_on(string rule)
    {
        var c = SwitchCases.All.Single(x => x.Rule == rule);
        foreach (var (setting, problem, _) in c.Settings())
        {
            var totals = Check(problem, c.GoodPlan).ByRule.SingleOrDefault(r => r.Rule == rule);
            if (setting == "off")
            {
                Assert.Null(totals);
            }
            else
            {
                Assert.True(totals is not null, setting);
                Assert.Equal(c.Units, totals.Violations);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Construction_refuses_a_duty_only_while_the_rule_binds(string rule)
    {
        var c = SwitchCases.All.Single(x => x.Rule == rule);
        foreach (var (setting, problem, _) in c.Settings())
        {
            var binding = setting == "hard" || (setting == "as shipped" && RuleCatalog.Describe().Single(r => r.Name == rule).HardByDefault);
            Assert.True(Paths.ConstructionAdmits(problem, c.GoodPlan) == !(binding && c.CheapTestCatches), setting);
        }
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Every_path_reaches_the_optimum_of_every_setting(string rule)
    {
        var c = SwitchCases.All.Single(x => x.Rule == rule);
        foreach (var (setting, problem, optimum) in c.Settings())
        {
            var expected = new Engine.Score(0, optimum);
            Assert.True(expected == Paths.PlainCpSat(problem), $"{setting}: plain CP-SAT {Paths.PlainCpSat(problem)}, expected {expected}");
            Assert.True(expected == Paths.RosterModel(problem), $"{setting}: day-roster model {Paths.RosterModel(problem)}, expected {expected}");
            Assert.True(expected == Paths.Engine(problem, c.Start), $"{setting}: engine {Paths.Engine(problem, c.Start)}, expected {expected}");
            Assert.True(expected == Paths.General(problem, c.Start), $"{setting}: general path {Paths.General(problem, c.Start)}, expected {expected}");
        }
    }

    [Fact]
    public void The_problem_schema_names_exactly_the_rules_overrides_may_change()
    {
        var schema = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Io.SampleFileTests.RepositoryRoot(), "docs", "schemas", "planning-problem.schema.json")))!;
        var names = schema["$defs"]!["rules"]!["properties"]!["overrides"]!["propertyNames"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());

        Assert.Equal(RuleCatalog.Describe().Where(r => r.Adjustable).Select(r => r.Name).Order(), names.Order());
    }

    [Fact]
    public void Overrides_of_a_rule_the_engine_relies_on_are_refused_by_name()
    {
        var problem = new Scenario().Shift("w0", 0, 6, 8).Need("w0", 1).Officer("a")
            .Override("OneAtATime", new Model.RuleSetting(Enabled: false)).Build();

        var errors = Concordia.Planning.Io.ProblemChecker.Check(problem);

        Assert.Contains(errors, e => e.Path == "rules.overrides.OneAtATime");
    }
}
