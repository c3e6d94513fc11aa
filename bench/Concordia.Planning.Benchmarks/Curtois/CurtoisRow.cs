using Concordia.Planning.Solving;

namespace Concordia.Planning.Benchmarks.Curtois;

/// <summary>
/// One instance's results. Objectives are null where no feasible plan was known at that time. The engine and the
/// plain CP-SAT model ran one after the other with the same limit and threads; "at N s" values are read from each
/// run's improvement trace, each point scored by the rules. <see cref="ValidatorAgrees"/>: the engine's running score,
/// its report and its roster file read back, and the baseline's last traced point and its report, agree.
/// <see cref="Bound"/>: the column-generation lower bound, when asked for (no plan of the instance costs less).
/// </summary>
public sealed record CurtoisRow(
    string Instance,
    long? BestKnown,
    IReadOnlyList<long?> Engine,
    IReadOnlyList<long?> CpSat,
    string CpSatStatus,
    bool ValidatorAgrees,
    string? Error = null,
    BoundResult? Bound = null)
{
    public static double? Gap(long? value, long? best) =>
        value is { } v && best is { } b && b > 0 ? Math.Round(100.0 * (v - b) / b, 2) : null;
}
