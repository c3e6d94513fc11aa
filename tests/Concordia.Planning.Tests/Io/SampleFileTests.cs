using Concordia.Planning.Io;
using Concordia.Planning.Replanning;

namespace Concordia.Planning.Tests.Io;

/// <summary>The sample files under samples/planning stay readable and re-plannable.</summary>
public sealed class SampleFileTests
{
    [Fact]
    public async Task The_sample_problem_plans_and_its_change_replans_without_hard_violations()
    {
        var folder = Path.Combine(RepositoryRoot(), "samples", "planning");
        var problem = await PlanningFiles.ReadProblemAsync(Path.Combine(folder, "seine-evening.problem.json"), CancellationToken.None);
        var change = await PlanningFiles.ReadChangeAsync(Path.Combine(folder, "alert-rise.change.json"), CancellationToken.None);
        Assert.True(problem.Ok, string.Join("; ", problem.Errors));
        Assert.True(change.Ok, string.Join("; ", change.Errors));

        var plan = Scenario.Solve(problem.Value!);
        var replanning = ChangeApplier.Apply(problem.Value!, plan.Plan.Assignments, change.Value!);
        var replan = Scenario.Solve(replanning.Value!, start: plan.Plan.Assignments);

        Assert.Equal(0, plan.Report.HardViolations);
        Assert.Equal(0, replan.Report.HardViolations);
        Assert.DoesNotContain(replan.Plan.Assignments, a => a.StaffId == "FR-05" && a.WindowId != "jul26-early");
    }

    [Fact]
    public void A_change_naming_an_unknown_member_is_rejected_with_its_path()
    {
        var problem = new Scenario().Shift("w", 0, 6, 8).Need("w", 1).Officer("a").Build();
        var change = new Model.PlanChange { Now = Scenario.Monday, AbsentStaff = [new Model.StaffAbsence("ghost", Scenario.Monday)] };

        var result = ChangeApplier.Apply(problem, [], change);

        Assert.Equal("absentStaff[0].staffId", Assert.Single(result.Errors).Path);
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Concordia.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("repository root (Concordia.slnx) not found");
    }
}
