using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules;

/// <summary>
/// Hours in any 7 consecutive days (by duty start day) stay under the limit, 48 h by default. Each 7-day
/// stretch over the limit counts its excess in started hours, so a search sees how far off it is.
/// </summary>
internal sealed class MaxMinutesPer7DaysRule : StaffRule
{
    public override string Name => "MaxHoursPer7Days";

    public override string Description => "Minutes on duty in any 7 consecutive days do not exceed the limit.";

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        var max = p.StaffLimits[staff].MaxMinutesPer7Days;
        if (max == int.MaxValue || duties.IsEmpty)
        {
            return Score.Zero;
        }

        Span<int> perDay = p.Days <= 512 ? stackalloc int[p.Days] : new int[p.Days];
        perDay.Clear();
        foreach (var d in duties)
        {
            var w = p.DemWindow[d];
            if ((uint)p.WinDay[w] < (uint)perDay.Length)
            {
                perDay[p.WinDay[w]] += p.WinEnd[w] - p.WinStart[w];
            }
        }

        long amount = 0;
        var span = Math.Min(7, p.Days);
        var sum = 0;
        for (var day = 0; day < p.Days; day++)
        {
            sum += perDay[day];
            if (day >= span)
            {
                sum -= perDay[day - span];
            }

            if (day >= span - 1 && sum > max)
            {
                var hours = (sum - max + 59) / 60;
                amount += hours;
                sink?.Add(this, hours, CostOf(hours), $"{sum} min in the 7 days from day {day - span + 1}, maximum {max}", staff);
            }
        }

        return Charge(amount);
    }
}
