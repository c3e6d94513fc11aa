namespace Concordia.Domain.Common;

/// <summary>A half-open interval of time [Start, End) in UTC.</summary>
public sealed record TimeWindow
{
    private TimeWindow(DateTime start, DateTime end)
    {
        Start = start;
        End = end;
    }

    public DateTime Start { get; }

    public DateTime End { get; }

    public TimeSpan Duration => End - Start;

    public static Result<TimeWindow> Create(DateTime start, DateTime end) =>
        new Check()
            .That(start.Kind == DateTimeKind.Utc, "start", "must be a UTC instant")
            .That(end.Kind == DateTimeKind.Utc, "end", "must be a UTC instant")
            .That(end > start, "end", "must be after start")
            .ToResult(() => new TimeWindow(start, end));

    public static Result<TimeWindow> Create(DateTimeOffset start, DateTimeOffset end) =>
        Create(start.UtcDateTime, end.UtcDateTime);

    public bool Contains(TimeWindow other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TimeWindow other) => other.Start < End && Start < other.End;
}
