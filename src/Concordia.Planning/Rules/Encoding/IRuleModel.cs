using Concordia.Planning.Engine;

namespace Concordia.Planning.Rules.Encoding;

/// <summary>
/// What a rule's CP-SAT encoding sees of a model, and the only way it adds to one. Both CP-SAT models implement it:
/// the neighbourhood model (<c>Engine/CpSat/SubModel</c>: some agents, some days, some sites of a plan) and the
/// day-roster model (<c>Engine/Roster/RosterModel</c>). A model decides the duties of its free agents on days
/// <see cref="From"/>..<see cref="To"/>; everything else is fixed and enters as constants. A violation among
/// constants alone is left out: no choice of the model can change it, so the objective differs from the plan's
/// score by a constant.
/// <para>
/// Hard rules become constraints, soft rules cost their units in the objective: a rule states what a violation is
/// (<see cref="Violation"/>, <see cref="AtMost"/>, <see cref="AtLeast"/>), and the model applies the rule's switch.
/// A member works at most one demand of a window in every model (members are in one place at a time).
/// </para>
/// </summary>
internal interface IRuleModel
{
    CompiledProblem Problem { get; }

    /// <summary>First day whose duties the model decides.</summary>
    int From { get; }

    /// <summary>Last day whose duties the model decides.</summary>
    int To { get; }

    /// <summary>The agents whose duties the model decides (on the free days).</summary>
    IReadOnlyList<int> Agents { get; }

    /// <summary>Every duty a free agent can have in the model, in start order (then demand): variables and fixed duties.</summary>
    IReadOnlyList<Choice> Choices(int agent);

    /// <summary>Whether the agent works in the window.</summary>
    Lit Window(int agent, int window);

    /// <summary>Whether the agent works on the day (a duty starting that day); days outside the horizon are off.</summary>
    Lit Day(int agent, int day);

    /// <summary>Demands at which a free agent has a variable choice.</summary>
    IReadOnlyCollection<int> OpenDemands { get; }

    /// <summary>The variable choices at one demand.</summary>
    IReadOnlyList<Choice> AtDemand(int demand);

    /// <summary>Tallies of the part of the plan the model does not decide.</summary>
    PlanCounts Fixed { get; }

    /// <summary>A fact that holds when any of <paramref name="lits"/> does.</summary>
    Lit Any(IReadOnlyList<Lit> lits);

    /// <summary>When every literal of <paramref name="pattern"/> has its value, the rule is broken once, costing <paramref name="cost"/> if soft.</summary>
    void Violation(Rule rule, long cost, ReadOnlySpan<(Lit Lit, bool Value)> pattern);

    /// <summary>A hard rule: at most one of <paramref name="lits"/> holds.</summary>
    void AtMostOne(Rule rule, IReadOnlyList<Lit> lits);

    /// <summary>
    /// The sum of <paramref name="terms"/> should not exceed <paramref name="limit"/>; each started
    /// <paramref name="unit"/> above it is one unit of violation, costing <paramref name="costPerUnit"/> if soft.
    /// </summary>
    void AtMost(Rule rule, IReadOnlyList<Term> terms, long limit, long unit, long costPerUnit);

    /// <summary>The sum of <paramref name="terms"/> should reach <paramref name="limit"/>; each started <paramref name="unit"/> short is one unit.</summary>
    void AtLeast(Rule rule, IReadOnlyList<Term> terms, long limit, long unit, long costPerUnit);
}
