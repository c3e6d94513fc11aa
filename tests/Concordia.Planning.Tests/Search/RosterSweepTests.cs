using Concordia.Planning.Engine;
using Concordia.Planning.Engine.Roster;
using Concordia.Planning.Tests.Pricing;
using FsCheck;
using FsCheck.Fluent;

namespace Concordia.Planning.Tests.Search;

/// <summary>
/// The construction's sweep of best responses solves as many agents at once as there are threads, each against the
/// same roster: whatever the answers, the roster never gets worse, and the same seed and thread count give the same
/// roster every time.
/// </summary>
public sealed class RosterSweepTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(40);

    [Fact]
    public void Best_responses_solved_side_by_side_never_make_the_roster_worse_and_repeat_exactly() =>
        Check.One(Runs, Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var r = new RosterInstance(new CompiledProblem(TinyRosters.Problem(new Random(seed), switches: false)));
            var first = new RosterState(r);
            var before = first.Score;
            var deadline = Deadline.After(TimeProvider.System, TimeSpan.FromMinutes(1));

            Assert.Equal(r.Agents, RosterSearch.Sweep(r, first, threads: 2, seed, deadline, CancellationToken.None));
            var again = new RosterState(r);
            RosterSearch.Sweep(r, again, threads: 2, seed, deadline, CancellationToken.None);

            Assert.True(first.Score <= before, $"seed {seed}: {before} became {first.Score}");
            Assert.Equal(first.Choice, again.Choice);
            return true;
        }));
}
