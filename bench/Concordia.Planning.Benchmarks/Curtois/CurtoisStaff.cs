namespace Concordia.Planning.Benchmarks.Curtois;

public sealed record CurtoisStaff(
    string Id,
    IReadOnlyDictionary<string, int> MaxShifts,
    int MaxTotalMinutes,
    int MinTotalMinutes,
    int MaxConsecutiveShifts,
    int MinConsecutiveShifts,
    int MinConsecutiveDaysOff,
    int MaxWeekends);
