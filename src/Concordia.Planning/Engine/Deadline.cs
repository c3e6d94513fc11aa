namespace Concordia.Planning.Engine;

/// <summary>
/// An instant on the solve's one clock (<c>SolveOptions.Clock</c>): every phase asks it, never the system time, so
/// a test can drive the clock and a run's phases agree on when time is up.
/// </summary>
internal readonly struct Deadline
{
    private readonly TimeProvider clock;
    private readonly long at;

    private Deadline(TimeProvider clock, long at)
    {
        this.clock = clock;
        this.at = at;
    }

    public static Deadline After(TimeProvider clock, TimeSpan span) =>
        new(clock, clock.GetTimestamp() + (long)(span.TotalSeconds * clock.TimestampFrequency));

    public bool Passed => clock.GetTimestamp() >= at;

    /// <summary>Time left, never negative.</summary>
    public TimeSpan Remaining
    {
        get
        {
            var now = clock.GetTimestamp();
            return now >= at ? TimeSpan.Zero : clock.GetElapsedTime(now, at);
        }
    }

    /// <summary>The remaining time in seconds, at least <paramref name="floor"/> and at most <paramref name="cap"/>: a solver's wall-clock cap.</summary>
    public double Seconds(double floor, double cap = double.MaxValue) => Math.Clamp(Remaining.TotalSeconds, floor, cap);

    /// <summary>This deadline moved earlier by <paramref name="span"/>.</summary>
    public Deadline Earlier(TimeSpan span) => new(clock, at - (long)(span.TotalSeconds * clock.TimestampFrequency));
}
