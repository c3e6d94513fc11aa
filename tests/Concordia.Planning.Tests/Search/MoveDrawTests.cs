using Concordia.Planning.Engine;
using Concordia.Planning.Engine.Roster;

namespace Concordia.Planning.Tests.Search;

/// <summary>
/// The roster search spends its time where moves pay: a kind of move is drawn by how much it improved the roster per
/// unit of work lately, a kind that gains nothing keeps only a small share of the time, and no kind is ever dropped.
/// </summary>
public sealed class MoveDrawTests
{
    private const int Draws = 20_000;

    [Fact]
    public void A_kind_whose_moves_gain_much_is_drawn_more_than_one_that_improves_as_often_by_a_little()
    {
        var draw = new MoveDraw(3);
        var score = new Score(0, 1_000_000);
        for (var i = 0; i < 100; i++)
        {
            // Same work, both improve every time: kind 0 by 300, kind 1 by 3; kind 2 never improves.
            score = Move(draw, 0, score, 300);
            score = Move(draw, 1, score, 3);
            Move(draw, 2, score, 0);
        }

        var counts = Count(draw);

        Assert.True(counts[0] > 5 * counts[1], $"large gains drawn {counts[0]} times, small ones {counts[1]}");
        Assert.True(counts[1] > counts[2], $"small gains drawn {counts[1]} times, none {counts[2]}");
        Assert.True(counts[2] > Draws * Tuning.MoveFloorShare * 0.8, $"a kind that never improves was drawn {counts[2]} times of {Draws}");
    }

    [Fact]
    public void One_large_gain_does_not_take_the_draws_over_from_a_kind_that_keeps_improving()
    {
        var draw = new MoveDraw(2);
        var score = new Score(0, 1_000_000);
        score = Move(draw, 0, score, 100_000);
        for (var i = 0; i < 200; i++)
        {
            score = Move(draw, 0, score, 0);
            score = Move(draw, 1, score, 20);
        }

        var counts = Count(draw);

        Assert.True(counts[1] > counts[0], $"the kind that keeps improving was drawn {counts[1]} times, the one-off {counts[0]}");
    }

    [Fact]
    public void A_kind_whose_moves_are_long_and_gain_nothing_takes_little_of_the_work_but_is_still_tried()
    {
        var draw = new MoveDraw(3);
        var score = new Score(0, 1_000_000);
        for (var i = 0; i < 100; i++)
        {
            // Kind 0 improves every time; kinds 1 and 2 never do, and a move of kind 2 takes ten times the work.
            score = Move(draw, 0, score, 10);
            Move(draw, 1, score, 0);
            Move(draw, 2, score, 0, work: 1.0);
        }

        var counts = Count(draw);
        var work = (counts[0] * 0.1) + (counts[1] * 0.1) + (counts[2] * 1.0);

        Assert.True(counts[2] * 1.0 < 2 * Tuning.MoveFloorShare * work, $"the long kind took {counts[2] * 1.0 / work:P0} of the work");
        Assert.True(counts[2] > Draws / 500, $"the long kind was drawn {counts[2]} times of {Draws}");
        Assert.True(counts[1] > 5 * counts[2], $"the short kind that gains nothing was drawn {counts[1]} times, the long one {counts[2]}");
    }

    [Fact]
    public void A_move_that_removes_a_broken_rule_counts_for_more_than_small_soft_gains()
    {
        var draw = new MoveDraw(2);
        for (var i = 0; i < 50; i++)
        {
            draw.Credit(0, new Score(3, 500), new Score(2, 900), 0.1);
            draw.Credit(1, new Score(2, 900), new Score(2, 890), 0.1);
        }

        var counts = Count(draw);

        Assert.True(counts[0] > counts[1], $"hard repairs drawn {counts[0]} times, soft gains {counts[1]}");
    }

    private static Score Move(MoveDraw draw, int kind, Score before, long gain, double work = 0.1)
    {
        var after = before with { Soft = before.Soft - gain };
        draw.Credit(kind, before, after, work);
        return after;
    }

    private static int[] Count(MoveDraw draw)
    {
        var rng = new Random(7);
        var counts = new int[3];
        for (var i = 0; i < Draws; i++)
        {
            counts[draw.Next(rng)]++;
        }

        return counts;
    }
}
