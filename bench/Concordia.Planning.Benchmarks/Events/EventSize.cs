namespace Concordia.Planning.Benchmarks.Events;

/// <summary>Generator sizes from the issue: staff (of whom foreign), sites and sectors, days.</summary>
public sealed record EventSize(string Name, int Staff, int Foreign, int Sites, int Days)
{
    public static EventSize Small { get; } = new("small", 500, 40, 10, 7);
    public static EventSize Medium { get; } = new("medium", 5_000, 300, 40, 19);
    public static EventSize Paris { get; } = new("paris", 50_000, 2_200, 60, 45);

    public static EventSize? Parse(string name) => name.ToLowerInvariant() switch
    {
        "small" => Small,
        "medium" => Medium,
        "paris" => Paris,
        _ => null,
    };
}
