using Concordia.Planning.Model;

namespace Concordia.Planning.Engine;

/// <summary>One member's effective working-time limits as plain ints; "no limit" is int.MaxValue (or 0 for minimums).</summary>
internal sealed class Limits
{
    public int MaxShiftMinutes = int.MaxValue;
    public int MinRestMinutes;
    public int MaxMinutesPer7Days = int.MaxValue;
    public int MaxConsecutiveDays = int.MaxValue;
    public int MinConsecutiveDays;
    public int MinConsecutiveDaysOff;
    public int MaxTotalMinutes = int.MaxValue;
    public int MinTotalMinutes;
    public int MaxWeekends = int.MaxValue;

    /// <summary>Per window-kind index; null when no kind is limited.</summary>
    public int[]? MaxShiftsPerKind;

    public static Limits From(WorkLimits w, IReadOnlyDictionary<string, int> kindIndex)
    {
        var l = new Limits
        {
            MaxShiftMinutes = w.MaxShiftMinutes ?? int.MaxValue,
            MinRestMinutes = w.MinRestMinutes ?? 0,
            MaxMinutesPer7Days = w.MaxMinutesPer7Days ?? int.MaxValue,
            MaxConsecutiveDays = w.MaxConsecutiveDays ?? int.MaxValue,
            MinConsecutiveDays = w.MinConsecutiveDays ?? 0,
            MinConsecutiveDaysOff = w.MinConsecutiveDaysOff ?? 0,
            MaxTotalMinutes = w.MaxTotalMinutes ?? int.MaxValue,
            MinTotalMinutes = w.MinTotalMinutes ?? 0,
            MaxWeekends = w.MaxWeekends ?? int.MaxValue,
        };
        if (w.MaxShiftsPerKind is { Count: > 0 } perKind)
        {
            l.MaxShiftsPerKind = Enumerable.Repeat(int.MaxValue, kindIndex.Count).ToArray();
            foreach (var (kind, max) in perKind)
            {
                if (kindIndex.TryGetValue(kind, out var k))
                {
                    l.MaxShiftsPerKind[k] = max;
                }
            }
        }

        return l;
    }
}
