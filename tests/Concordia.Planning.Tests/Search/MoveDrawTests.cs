using Concordia.Planning.Engine;
using Concordia.Planning.Engine.Roster;

namespace Concordia.Planning.Tests.Search;

/// <summary>
/// The roster search spends its time where moves pay: a kind of move is drawn by how much it improved the roster per
/// unit of work lately, and no kind is ever dropped.
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

    private static Score Move(MoveDraw draw, int kind, Score before, long gain)
    {
        var after = before with { Soft = before.Soft - gain };
        draw.Credit(kind, before, after, 0.1);
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
