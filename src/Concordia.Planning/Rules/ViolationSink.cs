using Concordia.Planning.Engine;
using Concordia.Planning.Model;

namespace Concordia.Planning.Rules;

/// <summary>Collects explained violations; only the validator and repairs pass one, so search pays nothing for messages.</summary>
internal sealed class ViolationSink(CompiledProblem problem)
{
    public List<Violation> Items { get; } = [];

    /// <summary>Per item, the horizon day where it starts (the run, the stretch, the duty), or -1 when it has none.</summary>
    public List<int> Days { get; } = [];

    public void Add(Rule rule, long amount, long cost, string message, int staff = -1, int site = -1, int window = -1, int day = -1)
    {
        Items.Add(new Violation(
            rule.Name,
            rule.Hard,
            amount,
            cost,
            message,
            staff >= 0 ? problem.Source.Staff[staff].Id : null,
            site >= 0 ? problem.Source.Sites[site].Id : null,
            window >= 0 ? problem.Source.Windows[window].Id : null));
        Days.Add(day);
    }

    public void Add(Rule rule, long amount, long cost, string message, string? staff, string? site, string? window)
    {
        Items.Add(new Violation(rule.Name, rule.Hard, amount, cost, message, staff, site, window));
        Days.Add(-1);
    }
}
