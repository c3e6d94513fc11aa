using Concordia.Planning.Model;
using Concordia.Planning.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace Concordia.Planning.Tests.Validation;

/// <summary>Takes one feasible plan and breaks it in random ways; the validator must reject every broken copy.</summary>
public sealed class BrokenPlanProperties
{
    private static readonly Lazy<(PlanningProblem Problem, Assignment[] Plan)> Feasible = new(() =>
    {
        var s = new Scenario().Site("B").Limits(new WorkLimits { MinRestMinutes = 660, MaxConsecutiveDays = 5 })
            .Officer("h1").Officer("h2").Officer("h3").Officer("f1", m => m with { Host = false, Country = "PL" })
            .Officer("k9", m => m with { Capabilities = ["k9"], TeamId = "t" }).Officer("dog", m => m with { Capabilities = [], Kind = StaffKind.Dog, TeamId = "t" })
            .Officer("late", m => m with { Availability = [new Availability(Scenario.Monday.AddDays(3), Scenario.Monday.AddDays(7))] });
        for (var d = 0; d < 6; d++)
        {
            s.Shift($"e{d}", d, 6, 8).Shift($"n{d}", d, 22, 8, "night", night: true)
                .Need($"e{d}", 2).Need($"n{d}", 1, site: "B").Need($"e{d}", 1, cap: "k9", site: "B");
        }

        var problem = s.Build();
        var plan = Scenario.Solve(problem).Plan.Assignments.ToArray();
        return (problem, plan);
    });

    [Fact]
    public void The_plan_the_properties_break_is_feasible_to_begin_with()
    {
        Assert.Equal(0, PlanValidator.Validate(Feasible.Value.Problem, Feasible.Value.Plan).HardViolations);
    }

    [Fact]
    public void A_randomly_broken_plan_is_rejected() =>
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(200),
            Prop.ForAll(Arb.From(Gen.Choose(0, 5).Zip(Gen.Choose(0, 10_000))), pair =>
            {
                var (problem, plan) = Feasible.Value;
                var broken = Break(problem, plan, pair.Item1, new Random(pair.Item2));
                return PlanValidator.Validate(problem, broken).HardViolations > 0;
            }));

    private static Assignment[] Break(PlanningProblem problem, Assignment[] plan, int how, Random rng)
    {
        var list = plan.ToList();
        var victim = list[rng.Next(list.Count)];
        var window = problem.Windows.Single(w => w.Id == victim.WindowId);
        switch (how)
        {
            case 0:
                // Same member on an overlapping duty elsewhere.
                list.Add(victim with { SiteId = victim.SiteId == "A" ? "B" : "A", Capability = "patrol", WindowId = victim.WindowId });
                break;
            case 1:
                list.Add(victim with { StaffId = "nobody" });
                break;
            case 2:
                list.Add(new Assignment("dog", "A", window.Id.StartsWith('e') ? window.Id : "e0", "patrol"));
                break;
            case 3:
                list.Add(new Assignment("late", "A", "e0", "patrol"));
                break;
            case 4:
                // A team split: one member loses a duty the other keeps.
                var team = list.Where(a => a.StaffId is "k9" or "dog").ToList();
                list.Remove(team.Count > 0 ? team[rng.Next(team.Count)] : victim);
                list.Add(team.Count > 0 ? new Assignment("f1", "B", "n5", "patrol") : victim with { StaffId = "nobody" });
                break;
            default:
                list.Add(victim);
                break;
        }

        return [.. list];
    }
}
