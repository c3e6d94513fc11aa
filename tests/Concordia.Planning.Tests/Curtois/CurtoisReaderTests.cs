using Concordia.Planning.Benchmarks.Curtois;
using Concordia.Planning.Solving;
using Concordia.Planning.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace Concordia.Planning.Tests.Curtois;

public sealed class CurtoisReaderTests
{
    /// <summary>
    /// Two nurses, four days, shifts D and N (N may not be followed by D). Nurse A asks for D on day 0 (weight 2),
    /// B asks not to work N on day 3 (weight 5); one D and one N wanted each day, 100 per missing, 1 per extra.
    /// Each nurse works at most 3 days in a row, so 8 duties in 4 days are impossible: at best 6 are covered
    /// (2 missing = 200), which the optimum reaches with both requests met.
    /// </summary>
    internal const string Tiny = """
        # hand-written in the benchmark's format
        SECTION_HORIZON
        4

        SECTION_SHIFTS
        # ShiftID, Length in mins, Shifts which cannot follow this shift | separated
        D,480,
        N,600,D

        SECTION_STAFF
        A,D=4|N=4,2400,0,3,1,1,2
        B,D=4|N=4,2400,0,3,1,1,2

        SECTION_DAYS_OFF
        # none

        SECTION_SHIFT_ON_REQUESTS
        A,0,D,2

        SECTION_SHIFT_OFF_REQUESTS
        B,3,N,5

        SECTION_COVER
        0,D,1,100,1
        0,N,1,100,1
        1,D,1,100,1
        1,N,1,100,1
        2,D,1,100,1
        2,N,1,100,1
        3,D,1,100,1
        3,N,1,100,1
        """;

    [Fact]
    public void A_hand_written_instance_is_read_section_by_section()
    {
        var read = CurtoisReader.Parse(Tiny);

        Assert.True(read.Ok, string.Join("; ", read.Errors));
        var inst = read.Value!;
        Assert.Equal(4, inst.Days);
        Assert.Equal(["D", "N"], inst.Shifts.Select(s => s.Id));
        Assert.Equal(["D"], inst.Shifts[1].CannotFollow);
        Assert.Equal(4, inst.Staff[0].MaxShifts["N"]);
        Assert.Equal(2400, inst.Staff[1].MaxTotalMinutes);
        Assert.Single(inst.OnRequests);
        Assert.Equal(5, Assert.Single(inst.OffRequests).Weight);
        Assert.Equal(8, inst.Cover.Count);
    }

    [Fact]
    public void The_engine_finds_the_hand_computed_optimum_and_the_roster_file_scores_the_same()
    {
        var inst = CurtoisReader.Parse(Tiny).Value!;
        var problem = CurtoisMapper.ToProblem(inst, "tiny");

        var result = Scenario.Solve(problem);
        var roster = RosterFile.Write(inst, result.Plan.Assignments);
        var reread = RosterFile.Read(inst, roster, "tiny");

        Assert.Equal(0, result.Report.HardViolations);
        Assert.Equal(200, result.Report.Objective);
        Assert.Equal(2, roster.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(200, PlanValidator.Validate(problem, reread.Value!.Assignments).Objective);
    }

    [Fact]
    public void A_malformed_row_is_reported_by_line_and_section()
    {
        var read = CurtoisReader.Parse(Tiny.Replace("B,D=4|N=4,2400,0,3,1,1,2", "B,D=4|N=x,2400,0,3", StringComparison.Ordinal));

        Assert.False(read.Ok);
        Assert.Contains(read.Errors, e => e.Path.Contains("SECTION_STAFF", StringComparison.Ordinal) && e.Path.StartsWith("line ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_roster_with_an_unknown_shift_is_rejected_with_its_line()
    {
        var inst = CurtoisReader.Parse(Tiny).Value!;

        var read = RosterFile.Read(inst, "A D N - -\nB - X - -\n", "tiny");

        Assert.Equal("line 2 day 1", Assert.Single(read.Errors).Path);
    }

    [Fact]
    public void A_two_week_ward_is_solved_the_same_way_twice_on_two_threads_with_every_contract_kept()
    {
        var inst = CurtoisReader.Parse(Ward(seed: 3)).Value!;
        var problem = CurtoisMapper.ToProblem(inst, "ward");
        var options = new SolveOptions { MaxIterations = 8, Seed = 5, Threads = 2, TimeLimit = TimeSpan.FromMinutes(5) };

        var first = new PlanningEngine().Solve(problem, options, null, CancellationToken.None);
        var second = new PlanningEngine().Solve(problem, options, null, CancellationToken.None);

        Assert.Equal(0, first.Report.HardViolations);
        Assert.Equal(first.Plan.Assignments, second.Plan.Assignments);
        Assert.Equal(first.Report.Objective, PlanValidator.Validate(problem, second.Plan.Assignments).Objective);
    }

    /// <summary>
    /// Six nurses over two weeks, shifts E, L and N (N may not be followed by E or L), random cover and requests:
    /// big enough for the roster search to have choices, small enough for a test.
    /// </summary>
    private static string Ward(int seed)
    {
        var random = new Random(seed);
        var text = new System.Text.StringBuilder();
        text.AppendLine("SECTION_HORIZON").AppendLine("14").AppendLine();
        text.AppendLine("SECTION_SHIFTS").AppendLine("E,480,").AppendLine("L,480,").AppendLine("N,600,E|L").AppendLine();
        text.AppendLine("SECTION_STAFF");
        for (var n = 0; n < 6; n++)
        {
            text.AppendLine(FormattableString.Invariant($"{(char)('A' + n)},E=10|L=10|N=4,4800,2880,5,2,2,1"));
        }

        text.AppendLine().AppendLine("SECTION_DAYS_OFF").AppendLine(FormattableString.Invariant($"A,{random.Next(14)}")).AppendLine();
        text.AppendLine("SECTION_SHIFT_ON_REQUESTS");
        for (var k = 0; k < 6; k++)
        {
            text.AppendLine(FormattableString.Invariant($"{(char)('A' + random.Next(6))},{random.Next(14)},{"ELN"[random.Next(3)]},{1 + random.Next(3)}"));
        }

        text.AppendLine().AppendLine("SECTION_SHIFT_OFF_REQUESTS").AppendLine().AppendLine("SECTION_COVER");
        for (var day = 0; day < 14; day++)
        {
            foreach (var shift in "ELN")
            {
                text.AppendLine(FormattableString.Invariant($"{day},{shift},{1 + random.Next(2)},100,1"));
            }
        }

        return text.ToString();
    }

    [Fact]
    public void Randomly_damaged_instance_files_give_errors_never_exceptions() =>
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(300),
            Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue - 1)), seed =>
            {
                var read = CurtoisReader.Parse(Io.ProblemFileTests.Damage(Tiny, new Random(seed)));
                return read.Ok ? read.Value is not null : read.Errors.Count > 0;
            }));
}
