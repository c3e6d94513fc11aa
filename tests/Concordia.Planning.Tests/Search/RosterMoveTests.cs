using Concordia.Planning.Benchmarks.Curtois;
using Concordia.Planning.Engine;
using Concordia.Planning.Engine.Roster;
using Concordia.Planning.Tests.Pricing;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.Logging.Abstractions;

namespace Concordia.Planning.Tests.Search;

/// <summary>
/// The roster search's threads share what they find: a move that lowered one copy's score is offered to the best copy
/// and kept there only if it lowers that score too; and one kind of neighbourhood looks where cover is missing.
/// </summary>
public sealed class RosterMoveTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(200);

    [Fact]
    public void Moves_found_on_two_copies_add_up_where_they_touch_other_days_and_one_that_no_longer_helps_is_left_out()
    {
        // One nurse is needed on day 3 and one on day 10; nobody works yet, so both days are short.
        var r = Instance(14, ["A", "B"], new Dictionary<string, IReadOnlyList<int>>(), day => day is 3 or 10 ? 1 : 0);
        var leader = new RosterState(r);
        var follower = new RosterState(r);
        var empty = leader.Score;

        leader.Set(0, 3, r.Options[0][3][0]);
        follower.Set(1, 10, r.Options[1][10][0]);
        var found = RosterMove.Of(follower, [1], 7, 13);

        Assert.True(found.TryOn(leader));
        Assert.Equal(empty.Soft - 200, leader.Score.Soft);

        // B on day 3 as well: the day is already covered on the leader, so the move would only add a nurse too many.
        var other = new RosterState(r);
        other.Set(1, 3, r.Options[1][3][0]);
        var kept = leader.Choice.Select(c => (int[])c.Clone()).ToArray();
        var before = leader.Score;

        Assert.False(RosterMove.Of(other, [1], 0, 6).TryOn(leader));
        Assert.Equal(before, leader.Score);
        Assert.Equal(kept, leader.Choice);
    }

    [Fact]
    public void Offering_a_move_never_makes_the_roster_worse_and_a_move_refused_leaves_it_as_it_was()
    {
        Check.One(Runs, Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var rng = new Random(seed);
            var p = new CompiledProblem(TinyRosters.Problem(rng));
            var r = new RosterInstance(p);
            var target = Random(r, rng);
            var source = Random(r, rng);
            var agents = Enumerable.Range(0, r.Agents).Where(_ => rng.Next(2) == 0).DefaultIfEmpty(0).ToArray();
            var from = rng.Next(r.Days);
            var to = from + rng.Next(r.Days - from);
            var before = target.Score;
            var kept = target.Choice.Select(c => (int[])c.Clone()).ToArray();

            if (RosterMove.Of(source, agents, from, to).TryOn(target))
            {
                Assert.True(target.Score < before, $"seed {seed}: {before} became {target.Score}");
            }
            else
            {
                Assert.Equal(before, target.Score);
                Assert.Equal(kept, target.Choice);
            }

            return true;
        }));
    }

    [Fact]
    public void A_shortage_neighbourhood_spans_the_day_short_of_cover_and_frees_every_nurse_who_could_fill_it()
    {
        // Sixty nurses, three shifts a day for four weeks; only day 17 needs anyone, and only five nurses may work it.
        var names = Enumerable.Range(0, 60).Select(i => $"n{i}").ToArray();
        var away = names.Skip(5).ToDictionary(n => n, _ => (IReadOnlyList<int>)[17]);
        var r = Instance(28, names, away, day => day == 17 ? 1 : 0, shifts: ["E", "L", "N"]);
        var state = new RosterState(r);

        for (var seed = 0; seed < 20; seed++)
        {
            var worker = new RosterWorker(r, state, seed, Tuning.RosterNeighbourhoodBudget, null, NullLogger.Instance);
            var (agents, from, to) = worker.PickShort();

            Assert.InRange(17, from, to);
            Assert.True(agents.Length < names.Length, "the neighbourhood frees every nurse");
            Assert.Subset(agents.ToHashSet(), Enumerable.Range(0, 5).ToHashSet());
        }
    }

    [Fact]
    public void The_whole_horizon_neighbourhood_frees_one_nurse_for_the_whole_year_when_a_year_is_more_than_its_size()
    {
        // Sixty nurses with three shifts a day: one nurse's year is 1,092 choices, more than the shape's first size.
        var names = Enumerable.Range(0, 60).Select(i => $"n{i}").ToArray();
        var year = Instance(364, names, [], _ => 1, shifts: ["E", "L", "N"]);
        var fortnight = Instance(14, names, [], _ => 1, shifts: ["E", "L", "N"]);

        for (var seed = 0; seed < 10; seed++)
        {
            var (agents, from, to) = new RosterWorker(year, new RosterState(year), seed, Tuning.RosterNeighbourhoodBudget, null, NullLogger.Instance).Pick(0);
            Assert.Single(agents);
            Assert.Equal((0, 363), (from, to));

            // Over two weeks the size holds several nurses' whole horizon.
            (agents, from, to) = new RosterWorker(fortnight, new RosterState(fortnight), seed, Tuning.RosterNeighbourhoodBudget, null, NullLogger.Instance).Pick(0);
            Assert.InRange(agents.Length, 2, names.Length);
            Assert.Equal((0, 13), (from, to));
        }
    }

    [Fact]
    public void The_exchange_neighbourhood_lets_a_nurse_hand_a_duty_over_so_the_other_can_take_a_short_one_her_maximum_kept_her_from()
    {
        // Early shifts are needed on days 1, 2 and 5. Ann works days 1 and 2 and may work only two early shifts in all;
        // Bea may work any number but is away on day 5. Ann alone can only move a duty, not add one.
        var staff = new[]
        {
            new CurtoisStaff("Ann", new Dictionary<string, int> { ["E"] = 2, ["L"] = 14 }, 480 * 14, 0, 7, 1, 1, 4),
            new CurtoisStaff("Bea", new Dictionary<string, int> { ["E"] = 14, ["L"] = 14 }, 480 * 14, 0, 7, 1, 1, 4),
        };
        var cover = Enumerable.Range(0, 14).SelectMany(d => new[] { new CurtoisCover(d, "E", d is 1 or 2 or 5 ? 1 : 0, 100, 1), new CurtoisCover(d, "L", 0, 100, 1) }).ToArray();
        var away = new Dictionary<string, IReadOnlyList<int>> { ["Bea"] = [5] };
        var instance = new CurtoisInstance(14, [new CurtoisShift("E", 480, []), new CurtoisShift("L", 480, [])], staff, away, [], [], cover);
        var r = new RosterInstance(new CompiledProblem(CurtoisMapper.ToProblem(instance, "exchange")));
        int Early(int day) => r.Options[0][day].Single(d => r.P.DemRequired[d] > 0);
        var state = new RosterState(r);
        state.Set(0, 1, Early(1));
        state.Set(0, 2, Early(2));
        var before = state.Score;
        var deadline = Deadline.After(TimeProvider.System, TimeSpan.FromMinutes(1));

        var copy = new RosterState(r);
        copy.CopyFrom(state);
        var alone = new RosterModel(r, copy, [0], 0, 13);
        alone.Apply(RosterSolver.Solve(alone, 1, 1.0, deadline, CancellationToken.None, out _, out _)!);
        Assert.Equal(before.Soft, copy.Score.Soft);

        var worker = new RosterWorker(r, state, 1, Tuning.RosterNeighbourhoodBudget, null, NullLogger.Instance);
        var (agents, from, to) = worker.PickExchange(halfWeekends: false, out var allowed);
        var model = new RosterModel(r, worker.State, agents, from, to, allowed: allowed);
        var solver = RosterSolver.Solve(model, 1, 1.0, deadline, CancellationToken.None, out _, out _);
        Assert.NotNull(solver);
        model.Apply(solver);

        Assert.Equal([0, 1], agents);
        Assert.Equal((0, 13), (from, to));
        Assert.Equal(before.Soft - 100, worker.State.Score.Soft);
        Assert.Equal(Early(5), worker.State.Choice[0][5]);
    }

    [Fact]
    public void The_half_weekend_exchange_pairs_two_nurses_who_each_work_half_of_a_weekend_when_the_shortage_is_on_weekends()
    {
        // Six nurses over two weeks (day 0 a Monday); n2 works the first Saturday only, n4 the first Sunday only.
        var names = Enumerable.Range(0, 6).Select(i => $"n{i}").ToArray();
        (int Halves, HashSet<int> Others) Draw(Func<int, int> need, bool halfWeekends)
        {
            var r = Instance(14, names, [], need);
            var state = new RosterState(r);
            state.Set(2, 5, r.Options[2][5][0]);
            state.Set(4, 6, r.Options[4][6][0]);
            var worker = new RosterWorker(r, state, 1, Tuning.RosterNeighbourhoodBudget, null, NullLogger.Instance);
            var halves = 0;
            var others = new HashSet<int>();
            for (var i = 0; i < 300; i++)
            {
                var (agents, from, to) = worker.PickExchange(halfWeekends, out _);
                Assert.Equal((0, 13), (from, to));
                Assert.Equal(2, agents.Distinct().Count());
                halves += agents.SequenceEqual([2, 4]) ? 1 : 0;
                others.UnionWith(agents.Except([2, 4]));
            }

            return (halves, others);
        }

        // Two nurses needed on each weekend day and none in the week: every half-weekend pair is the two halves.
        int Weekends(int day) => day % 7 >= 5 ? 2 : 0;
        var (halves, others) = Draw(Weekends, halfWeekends: true);
        Assert.Equal(300, halves);
        Assert.Empty(others);

        // The plain exchange draws its pairs at random there: the two halves about one in fifteen.
        (halves, others) = Draw(Weekends, halfWeekends: false);
        Assert.InRange(halves, 1, 60);
        Assert.Equal([0, 1, 3, 5], others.Order());

        // Short in the week only: the half-weekend shape draws at random too.
        (halves, others) = Draw(day => day % 7 >= 5 ? 0 : 1, halfWeekends: true);
        Assert.InRange(halves, 1, 60);
        Assert.Equal([0, 1, 3, 5], others.Order());
    }

    private static RosterInstance Instance(int days, string[] names, Dictionary<string, IReadOnlyList<int>> away, Func<int, int> need, string[]? shifts = null)
    {
        var ids = shifts ?? ["E"];
        var staff = names.Select(id => new CurtoisStaff(
            id, ids.ToDictionary(s => s, _ => days), MaxTotalMinutes: 480 * days, MinTotalMinutes: 0,
            MaxConsecutiveShifts: 7, MinConsecutiveShifts: 1, MinConsecutiveDaysOff: 1, MaxWeekends: 4)).ToArray();
        var cover = Enumerable.Range(0, days).SelectMany(d => ids.Select(s => new CurtoisCover(d, s, need(d), 100, 1))).ToArray();
        var instance = new CurtoisInstance(days, ids.Select(s => new CurtoisShift(s, 480, [])).ToArray(), staff, away, [], [], cover);
        return new RosterInstance(new CompiledProblem(CurtoisMapper.ToProblem(instance, "moves")));
    }

    private static RosterState Random(RosterInstance r, Random rng)
    {
        var state = new RosterState(r);
        for (var a = 0; a < r.Agents; a++)
        {
            for (var day = 0; day < r.Days; day++)
            {
                var options = r.Options[a][day];
                state.Set(a, day, options.Length == 0 || rng.Next(2) == 0 ? -1 : options[rng.Next(options.Length)]);
            }
        }

        return state;
    }
}
