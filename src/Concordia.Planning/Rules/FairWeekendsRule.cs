using Concordia.Planning.Engine;
using Concordia.Planning.Rules.Encoding;

namespace Concordia.Planning.Rules;

/// <summary>Spreads weekend work: each weekend day on duty beyond the fair share costs the weight.</summary>
internal sealed class FairWeekendsRule : StaffRule
{
    public override string Description => "Weekend days on duty per member beyond the fair share cost the weight each.";

    public override bool DefaultHard => false;

    public override int DefaultWeight => 2;

    public override Score Evaluate(CompiledProblem p, int staff, ReadOnlySpan<int> duties, ViolationSink? sink)
    {
        var days = 0;
        var lastDay = -1;
        foreach (var d in duties)
        {
            var day = DayOf(p, d);
            if (day != lastDay && (uint)day < (uint)p.Days && p.DayIsWeekend[day])
            {
                days++;
            }

            lastDay = day;
        }

        var excess = days - p.FairWeekendDays;
        if (excess <= 0)
        {
            return Score.Zero;
        }

        sink?.Add(this, excess, CostOf(excess), $"{days} weekend days on duty, fair share {p.FairWeekendDays}", staff);
        return Charge(excess);
    }

    public override void Encode(IRuleModel m, int agent)
    {
        var p = m.Problem;
        var terms = Enumerable.Range(0, p.Days).Where(d => p.DayIsWeekend[d]).Select(d => new Term(m.Day(agent, d), 1)).ToArray();
        m.AtMost(this, terms, p.FairWeekendDays, 1, UnitCost(p.AgentMembers[agent].Length));
    }
}
