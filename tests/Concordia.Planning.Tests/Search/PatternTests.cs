using Concordia.Planning.Benchmarks.Curtois;
using Concordia.Planning.Engine;
using Concordia.Planning.Tests.Pricing;
using FsCheck;
using FsCheck.Fluent;

namespace Concordia.Planning.Tests.Search;

/// <summary>
/// Contract patterns, the first roster of tight contracts: built one member after the other, they spread over the
/// horizon to the days the others leave short, each keeping its contract; a pass rebuilding each member against the
/// others never makes the roster worse.
/// </summary>
public sealed class PatternTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(200);

    [Fact]
    public void Three_nurses_owing_ten_shifts_in_four_weeks_cover_the_weeks_between_them_instead_of_all_working_the_first_two()
    {
        // One nurse a day is needed for 28 days; each nurse must work exactly ten shifts. Working every day it may,
        // each would take days 0–4 and 6–10, and the other 18 days would stay empty.
        var staff = new[] { "A", "B", "C" }.Select(id => new CurtoisStaff(
            id, new Dictionary<string, int> { ["E"] = 28 }, MaxTotalMinutes: 4_800, MinTotalMinutes: 4_800,
            MaxConsecutiveShifts: 5, MinConsecutiveShifts: 1, MinConsecutiveDaysOff: 1, MaxWeekends: 4)).ToArray();
        var cover = Enumerable.Range(0, 28).Select(d => new CurtoisCover(d, "E", 1, 100, 1)).ToArray();
        var instance = new CurtoisInstance(28, [new CurtoisShift("E", 480, [])], staff, new Dictionary<string, IReadOnlyList<int>>(), [], [], cover);
        var (p, s) = Paths.Loaded(CurtoisMapper.ToProblem(instance, "patterns"), []);

        for (var a = 0; a < p.AgentCount; a++)
        {
            Assert.True(PatternRepair.TryRepair(p, s, a));
        }

        var covered = Enumerable.Range(0, p.DemandCount).Count(d => s.Counts.DemandUnits[d] > 0);
        Assert.True(covered >= 25, $"only {covered} of 28 days covered");
        Assert.All(Enumerable.Range(0, p.AgentCount), a => Assert.Equal(0, s.AgentScore(a).Hard));
        Assert.Equal(30, Enumerable.Range(0, p.AgentCount).Sum(a => s.Duties(a).Count));
    }

    [Fact]
    public void Nurses_owing_their_minutes_keep_them_for_the_last_weeks_when_those_ask_for_three_times_as_many()
    {
        // Two weeks ask for one nurse a day, the two after them for three; each of four nurses must work exactly twelve
        // shifts, 48 for the 56 asked. Fourteen shifts are enough for the first two weeks; the rest belong to the last
        // two, where 42 are asked. Walked from the busier end and paced by what is asked, the nurses keep them for
        // those weeks (walked forward at an even pace, they left 10 of the 42 uncovered).
        var staff = new[] { "A", "B", "C", "D" }.Select(id => new CurtoisStaff(
            id, new Dictionary<string, int> { ["E"] = 28 }, MaxTotalMinutes: 5_760, MinTotalMinutes: 5_760,
            MaxConsecutiveShifts: 5, MinConsecutiveShifts: 1, MinConsecutiveDaysOff: 1, MaxWeekends: 4)).ToArray();
        var cover = Enumerable.Range(0, 28).Select(d => new CurtoisCover(d, "E", d < 14 ? 1 : 3, 100, 1)).ToArray();
        var instance = new CurtoisInstance(28, [new CurtoisShift("E", 480, [])], staff, new Dictionary<string, IReadOnlyList<int>>(), [], [], cover);
        var (p, s) = Paths.Loaded(CurtoisMapper.ToProblem(instance, "late demand"), []);

        for (var a = 0; a < p.AgentCount; a++)
        {
            Assert.True(PatternRepair.TryRepair(p, s, a));
        }

        var lateUnits = Enumerable.Range(0, p.DemandCount).Where(d => p.WinDay[p.DemWindow[d]] >= 14).Sum(d => Math.Min(s.Counts.DemandUnits[d], p.DemRequired[d]));
        Assert.All(Enumerable.Range(0, p.AgentCount), a => Assert.Equal(0, s.AgentScore(a).Hard));
        Assert.True(lateUnits >= 36, $"only {lateUnits} of the last two weeks' 42 units covered");
    }

    [Fact]
    public void Rebuilding_each_member_against_the_others_never_worsens_the_roster_nor_breaks_a_member_who_kept_the_rules()
    {
        Check.One(Runs, Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var rng = new Random(seed);
            var p = new CompiledProblem(TinyRosters.Problem(rng));
            var s = new Solution(p);
            for (var a = 0; a < p.AgentCount; a++)
            {
                PatternRepair.TryRepair(p, s, a);
            }

            for (var a = 0; a < p.AgentCount; a++)
            {
                var before = s.Total;
                var kept = s.AgentScore(a).Hard == 0;
                PatternRepair.TryImprove(p, s, a);
                Assert.True(s.Total <= before, $"seed {seed}, agent {a}: {before} became {s.Total}");
                Assert.True(!kept || s.AgentScore(a).Hard == 0, $"seed {seed}, agent {a} now breaks a rule");
            }

            return true;
        }));
    }
}
