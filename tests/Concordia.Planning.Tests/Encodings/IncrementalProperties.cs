using System.Runtime.InteropServices;
using Concordia.Planning.Engine;
using FsCheck;
using FsCheck.Fluent;

namespace Concordia.Planning.Tests.Encodings;

/// <summary>
/// The incremental evaluations moves use and the cheap tests construction uses agree with the rules' own check, on
/// random tiny problems with random switches: a rule's change for one added or removed duty equals its score after
/// minus before; a duty a binding rule refuses would add a hard violation of that rule; the cheap test asked before
/// giving a duty up answers as after; and a plan built by random moves scores as if scored from scratch.
/// </summary>
public sealed class IncrementalProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);

    [Fact]
    public void Each_rule_changes_by_its_score_after_minus_before() =>
        Check.One(Runs, Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var (p, s, _) = Start(seed);
            foreach (var a in Enumerable.Range(0, p.AgentCount))
            {
                var before = s.Duties(a).ToArray();
                for (var d = 0; d < p.DemandCount; d++)
                {
                    var added = Array.IndexOf(before, d) < 0;
                    var after = added ? [.. before, d] : before.Where(x => x != d).ToArray();
                    Array.Sort(after, p.CompareDuties);
                    foreach (var m in p.AgentMembers[a])
                    {
                        foreach (var rule in p.Rules.ActiveStaff)
                        {
                            if (rule.Delta(p, m, before, d, added) is { } delta)
                            {
                                var expected = rule.Evaluate(p, m, after, null) - rule.Evaluate(p, m, before, null);
                                Assert.True(expected == delta, $"seed {seed}: {rule.Name} changes by {delta}, should by {expected}");
                            }
                        }
                    }
                }
            }

            return true;
        }));

    [Fact]
    public void A_duty_a_binding_rule_refuses_would_break_it() =>
        Check.One(Runs, Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var (p, s, _) = Start(seed);
            foreach (var a in Enumerable.Range(0, p.AgentCount))
            {
                var before = CollectionsMarshal.AsSpan(s.Duties(a)).ToArray();
                for (var d = 0; d < p.DemandCount; d++)
                {
                    if (Array.IndexOf(before, d) >= 0)
                    {
                        continue;
                    }

                    var after = before.Append(d).ToArray();
                    Array.Sort(after, p.CompareDuties);
                    foreach (var m in p.AgentMembers[a])
                    {
                        foreach (var rule in p.Rules.Admitting.Where(r => !r.Admits(p, m, before, d)))
                        {
                            var worse = rule.Evaluate(p, m, after, null).Hard > rule.Evaluate(p, m, before, null).Hard;
                            Assert.True(worse, $"seed {seed}: {rule.Name} refuses a duty that would not break it");
                        }
                    }
                }
            }

            return true;
        }));

    [Fact]
    public void The_cheap_test_without_a_duty_answers_as_the_cheap_test_once_that_duty_is_given_up() =>
        Check.One(Runs, Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var (p, s, _) = Start(seed);
            foreach (var a in Enumerable.Range(0, p.AgentCount))
            {
                foreach (var e in s.Duties(a).ToArray())
                {
                    var without = Enumerable.Range(0, p.DemandCount).Select(d => QuickCheck.CanTakeWithout(p, s, a, d, e)).ToArray();
                    s.Remove(a, e);
                    var after = Enumerable.Range(0, p.DemandCount).Select(d => QuickCheck.CanTake(p, s, a, d)).ToArray();
                    s.Add(a, e);
                    Assert.True(without.SequenceEqual(after), $"seed {seed}: agent {a} without duty {e}");
                }
            }

            return true;
        }));

    [Fact]
    public void A_plan_built_by_random_moves_scores_as_from_scratch() =>
        Check.One(Runs, Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var (p, s, rng) = Start(seed);
            for (var i = 0; i < 40; i++)
            {
                var a = rng.Next(p.AgentCount);
                var d = rng.Next(Math.Max(1, p.DemandCount));
                if (p.DemandCount == 0 || !p.AgentHasCap(a, p.DemCap[d]))
                {
                    continue;
                }

                if (s.Has(a, d))
                {
                    var delta = s.DeltaRemove(a, d);
                    var total = s.Total;
                    s.Remove(a, d);
                    Assert.Equal(total + delta, s.Total);
                }
                else
                {
                    var delta = s.DeltaAdd(a, d);
                    var total = s.Total;
                    s.Add(a, d);
                    Assert.Equal(total + delta, s.Total);
                }
            }

            var scratch = new Solution(p);
            scratch.Load(Enumerable.Range(0, p.AgentCount).SelectMany(a => s.Duties(a).Select(d => (a, d))));
            Assert.True(scratch.Total == s.Total, $"seed {seed}: moves reached {s.Total}, from scratch {scratch.Total}");
            return true;
        }));

    /// <summary>A random problem and a random plan loaded into a solution.</summary>
    private static (CompiledProblem P, Solution S, Random Rng) Start(int seed)
    {
        var rng = new Random(seed);
        var problem = TinyProblems.Problem(rng, dayRoster: rng.Next(2) == 0);
        var (p, s) = Paths.Loaded(problem, TinyProblems.Plan(rng, problem));
        return (p, s, rng);
    }
}
