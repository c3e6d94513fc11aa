namespace Concordia.Planning.Model;

/// <summary>Working-time limits. A null field means "no limit" in defaults, "use the default" in a member's override.</summary>
public sealed record WorkLimits
{
    public int? MaxShiftMinutes { get; init; }
    public int? MinRestMinutes { get; init; }
    public int? MaxMinutesPer7Days { get; init; }
    public int? MaxConsecutiveDays { get; init; }
    public int? MinConsecutiveDays { get; init; }
    public int? MinConsecutiveDaysOff { get; init; }
    public int? MaxTotalMinutes { get; init; }
    public int? MinTotalMinutes { get; init; }
    public int? MaxWeekends { get; init; }
    public IReadOnlyDictionary<string, int>? MaxShiftsPerKind { get; init; }

    /// <summary>Defaults of the brief: 12 h shifts, 11 h rest, 48 h per 7 days, 6 days in a row.</summary>
    public static WorkLimits EventDefaults { get; } = new()
    {
        MaxShiftMinutes = 12 * 60,
        MinRestMinutes = 11 * 60,
        MaxMinutesPer7Days = 48 * 60,
        MaxConsecutiveDays = 6,
    };

    /// <summary>Each field of <paramref name="member"/> wins over this one's.</summary>
    public WorkLimits Overlay(WorkLimits? member) => member is null ? this : new WorkLimits
    {
        MaxShiftMinutes = member.MaxShiftMinutes ?? MaxShiftMinutes,
        MinRestMinutes = member.MinRestMinutes ?? MinRestMinutes,
        MaxMinutesPer7Days = member.MaxMinutesPer7Days ?? MaxMinutesPer7Days,
        MaxConsecutiveDays = member.MaxConsecutiveDays ?? MaxConsecutiveDays,
        MinConsecutiveDays = member.MinConsecutiveDays ?? MinConsecutiveDays,
        MinConsecutiveDaysOff = member.MinConsecutiveDaysOff ?? MinConsecutiveDaysOff,
        MaxTotalMinutes = member.MaxTotalMinutes ?? MaxTotalMinutes,
        MinTotalMinutes = member.MinTotalMinutes ?? MinTotalMinutes,
        MaxWeekends = member.MaxWeekends ?? MaxWeekends,
        MaxShiftsPerKind = member.MaxShiftsPerKind ?? MaxShiftsPerKind,
    };
}
