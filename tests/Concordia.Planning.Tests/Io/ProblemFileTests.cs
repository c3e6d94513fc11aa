using System.Text.Json;
using Concordia.Planning.Io;
using Concordia.Planning.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Concordia.Planning.Tests.Io;

public sealed class ProblemFileTests
{
    private static readonly string ValidJson = JsonSerializer.Serialize(
        new Scenario().Site("B", "A").Shift("w", 0, 6, 8).Need("w", 2).Language("w", "pl", 1, "PL")
            .Officer("a").Officer("b", m => m with { Availability = [new Availability(Scenario.Monday, Scenario.Monday.AddDays(3))] })
            .Prefers("a", PreferenceKind.Avoid, 3, "w").Build(),
        PlanningJson.Options);

    [Fact]
    public void A_written_problem_reads_back_unchanged()
    {
        var read = PlanningFiles.ParseProblem(ValidJson);

        Assert.True(read.Ok, string.Join("; ", read.Errors));
        Assert.Equal(ValidJson, JsonSerializer.Serialize(read.Value, PlanningJson.Options));
    }

    [Fact]
    public void An_availability_ending_before_it_starts_is_reported_with_its_element_path()
    {
        var problem = PlanningFiles.ParseProblem(ValidJson).Value! with { };
        var staff = problem.Staff.ToList();
        staff[1] = staff[1] with { Availability = [new Availability(Scenario.Monday.AddDays(2), Scenario.Monday)] };

        var read = PlanningFiles.ParseProblem(JsonSerializer.Serialize(problem with { Staff = staff }, PlanningJson.Options));

        var error = Assert.Single(read.Errors);
        Assert.Equal("staff[1].availability[0].end", error.Path);
        Assert.Equal("must be after start", error.Message);
    }

    [Fact]
    public void A_demand_for_an_unknown_site_and_an_unknown_rule_override_are_named()
    {
        var problem = PlanningFiles.ParseProblem(ValidJson).Value!;
        var broken = problem with
        {
            Demands = [.. problem.Demands, new Demand("nowhere", "w", "patrol", 1)],
            Rules = problem.Rules with { Overrides = new Dictionary<string, RuleSetting> { ["Coverag"] = new(Weight: 3) } },
        };

        var read = PlanningFiles.ParseProblem(JsonSerializer.Serialize(broken, PlanningJson.Options));

        Assert.Contains(read.Errors, e => e.Path == "demands[1].siteId");
        Assert.Contains(read.Errors, e => e.Path == "rules.overrides.Coverag");
    }

    [Fact]
    public void A_leader_who_is_not_a_person_of_the_problem_or_the_member_itself_is_named()
    {
        var problem = PlanningFiles.ParseProblem(ValidJson).Value!;
        var broken = problem with { Staff = [problem.Staff[0] with { CommandedBy = "nobody" }, problem.Staff[1] with { CommandedBy = "b" }] };

        var read = PlanningFiles.ParseProblem(JsonSerializer.Serialize(broken, PlanningJson.Options));

        Assert.Equal(
            [("staff[0].commandedBy", "unknown person 'nobody'"), ("staff[1].commandedBy", "must name another member, not the member itself")],
            read.Errors.Select(e => (e.Path, e.Message)));
    }

    [Fact]
    public void A_wrong_json_type_is_reported_at_its_path()
    {
        var read = PlanningFiles.ParseProblem(ValidJson.Replace("\"required\":2", "\"required\":\"two\"", StringComparison.Ordinal));

        Assert.False(read.Ok);
        Assert.Equal("demands[0].required", Assert.Single(read.Errors).Path);
    }

    [Fact]
    public void Randomly_damaged_problem_files_give_errors_never_exceptions() =>
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(300),
            Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue - 1)), seed =>
            {
                var text = Damage(ValidJson, new Random(seed));
                var read = PlanningFiles.ParseProblem(text);
                return read.Ok ? read.Value is not null : read.Errors.Count > 0 && read.Value is null;
            }));

    /// <summary>Deletes, duplicates or replaces a few characters, or swaps a number for text.</summary>
    internal static string Damage(string text, Random rng)
    {
        var chars = text.ToList();
        for (var i = 0; i < 1 + rng.Next(4); i++)
        {
            var at = rng.Next(chars.Count);
            switch (rng.Next(4))
            {
                case 0: chars.RemoveAt(at); break;
                case 1: chars.Insert(at, chars[rng.Next(chars.Count)]); break;
                case 2: chars[at] = "{}[],:\"0-x9 "[rng.Next(12)]; break;
                default: chars.InsertRange(at, "-1"); break;
            }
        }

        return new string([.. chars]);
    }
}
