using Concordia.Planning.Engine;
using Concordia.Planning.Rules.Encoding;

namespace Concordia.Planning.Rules;

/// <summary>
/// A rule about who is at one site in one window, read from the plan's tallies (<see cref="PlanCounts"/>). Its
/// incremental evaluation is the cell's: moves keep the tallies up to date and score again only the cells they
/// touch. It has no cheap test: whether a cell breaks it depends on who else will be there, which construction fills
/// in any order.
/// </summary>
internal abstract class CellRule : Rule
{
    /// <summary>Check and cost of one cell.</summary>
    public abstract Score Evaluate(CompiledProblem p, int cell, PlanCounts counts, ViolationSink? sink);

    /// <summary>The CP-SAT encoding for one cell where the model has choices.</summary>
    public abstract void Encode(IRuleModel m, int cell);

    /// <summary>The free choices at a cell, each weighted by what its agent brings, plus what the fixed plan already has there.</summary>
    protected static List<Term> Tally(IRuleModel m, int cell, Func<int, long> perAgent, long fixedPart)
    {
        var terms = new List<Term> { new(Lit.True, fixedPart) };
        foreach (var d in m.Problem.CellDemands[cell])
        {
            foreach (var c in m.AtDemand(d))
            {
                var weight = perAgent(c.Agent);
                if (weight != 0)
                {
                    terms.Add(new Term(c.Lit, weight));
                }
            }
        }

        return terms;
    }
}
