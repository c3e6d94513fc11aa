using Concordia.Planning.Engine;
using Concordia.Planning.Engine.Pricing;
using Concordia.Planning.Engine.Roster;
using FsCheck;
using FsCheck.Fluent;

namespace Concordia.Planning.Tests.Pricing;

/// <summary>
/// The roster search's moves built on the schedule programme, on random small rosters in the Curtois &amp; Qu shape:
/// best responses never leave the roster worse than they found it; the dive from the column generation's relaxation
/// gives every agent one of the schedules priced, each keeping the agent's rules; the integer master's roster keeps
/// every hard rule and, scored by the rules themselves, costs no more than the roster it was offered.
/// </summary>
public sealed class RosterCombinationProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(60);

    [Fact]
    public void Responses_never_worsen_and_dive_and_master_give_rosters_keeping_the_rules()
    {
        var combined = 0;
        Check.One(Runs, Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed => Holds(seed, () => combined++)));

        // Most random rosters have one keeping every hard rule: the master must have been put to the test.
        Assert.True(combined >= 20, $"only {combined} rosters combined");
    }

    private static bool Holds(int seed, Action combined)
    {
        var rng = new Random(seed);
        var p = new CompiledProblem(TinyRosters.Problem(rng, switches: false));
        var r = new RosterInstance(p);
        var graphs = AgentGraph.All(r, 1, out var unsupported) ?? throw new InvalidOperationException($"seed {seed}: not stated ({unsupported})");
        var responses = new ResponseNeighbourhood(graphs);
        var state = new RosterState(r);
        var deadline = Deadline.After(TimeProvider.System, TimeSpan.FromSeconds(30));
        for (var a = 0; a < r.Agents; a++)
        {
            responses.Improve(state, a, deadline);
        }

        for (var move = 0; move < 20; move++)
        {
            var before = state.Score;
            var agents = Enumerable.Range(0, r.Agents).Where(_ => rng.Next(2) == 0).ToArray();
            rng.Shuffle(agents);
            responses.Run(state, agents, deadline, CancellationToken.None);
            Assert.True(state.Score <= before, $"seed {seed}, move {move}: {before} became {state.Score}");
        }

        if (state.InfeasibleCount > 0)
        {
            return true;
        }

        combined();
        var roster = state.Choice.Select(c => (int[])c.Clone()).ToArray();
        var score = state.Score;
        using var cg = ColumnGeneration.For(r, out var reason, graphs) ?? throw new InvalidOperationException($"seed {seed}: {reason}");
        foreach (var (a, choice) in roster.Select((c, a) => (a, c)))
        {
            cg.Add(a, choice);
        }

        Assert.True(cg.Run(deadline, Tuning.BoundLabelLimit, CancellationToken.None));
        var dived = cg.Dive(deadline, CancellationToken.None);
        Assert.NotNull(dived);
        var priced = cg.Schedules.Select(s => $"{s.Agent}:{string.Join(',', s.Choice)}").ToHashSet();
        for (var a = 0; a < r.Agents; a++)
        {
            Assert.Contains($"{a}:{string.Join(',', dived[a])}", priced);
            BestResponse.Apply(state, a, dived[a]);
            Assert.True(state.Feasible(a), $"seed {seed}: the dive's schedule of agent {a} breaks a rule");
        }

        var master = ColumnMaster.Solve(r, graphs, cg.Schedules, roster, deadline, CancellationToken.None);
        Assert.NotNull(master);
        for (var a = 0; a < r.Agents; a++)
        {
            BestResponse.Apply(state, a, master[a]);
        }

        Assert.Equal(0, state.InfeasibleCount);
        Assert.True(state.Score <= score, $"seed {seed}: the master's roster {state.Score} is dearer than the one offered, {score}");
        return true;
    }
}
