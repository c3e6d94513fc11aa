using Concordia.Planning.Engine;
using Concordia.Planning.Model;

namespace Concordia.Planning.Rules;

/// <summary>
/// The rules of one problem, with its overrides applied. <see cref="Create"/> is the one place every rule is
/// listed; everything else finds a rule by its type (<see cref="Get{T}"/>) or by what it is (staff, cell).
/// </summary>
internal sealed class RuleBook
{
    private readonly Dictionary<Type, Rule> byType;

    public RuleBook(RuleSettings settings)
    {
        All = Create();
        byType = All.ToDictionary(r => r.GetType());
        foreach (var rule in All)
        {
            rule.Configure(settings.Overrides.GetValueOrDefault(rule.Name));
        }

        Staff = All.OfType<StaffRule>().ToArray();
        Cells = All.OfType<CellRule>().ToArray();
        ActiveStaff = Staff.Where(r => r.Enabled).ToArray();
        ActiveCells = Cells.Where(r => r.Enabled).ToArray();
        Filtering = ActiveStaff.Where(r => r.Binding && r.FiltersDuties).ToArray();
        Admitting = ActiveStaff.Where(r => r.Binding && r.TestsAdditions).ToArray();
        HostsPerForeign = settings.HostsPerForeign;
        DefaultChangeover = settings.DefaultChangeoverMinutes;
        RunsContinueBeyondHorizon = settings.RunsContinueBeyondHorizon ?? false;
    }

    /// <summary>Every rule the engine knows, in the order reports list them.</summary>
    private static Rule[] Create() =>
    [
        new OneAtATimeRule(), new ChangeoverRule(), new MinRestRule(), new MaxShiftLengthRule(), new AvailabilityRule(), new ArmedDutyRule(),
        new MaxHoursPer7DaysRule(), new MaxConsecutiveDaysRule(), new MinConsecutiveDaysRule(), new MinConsecutiveDaysOffRule(),
        new ForbiddenSuccessionRule(), new MaxShiftsPerKindRule(), new MaxTotalMinutesRule(), new MinTotalMinutesRule(),
        new MaxWeekendsRule(), new PreferencesRule(), new FairNightsRule(), new FairWeekendsRule(), new DisruptionRule(),
        new FrozenHorizonRule(), new CoverageRule(), new OverCoverRule(), new JointPatrolRule(), new PowersPresentRule(), new OwnCommandRule(),
        new LanguageCoverRule(),
        new VisitorCountryRule(), new PlanStructureRule(), new TeamTogetherRule(),
    ];

    public Rule[] All { get; }

    public StaffRule[] Staff { get; }

    public CellRule[] Cells { get; }

    public StaffRule[] ActiveStaff { get; }

    public CellRule[] ActiveCells { get; }

    /// <summary>Binding staff rules that forbid some duties outright (<see cref="StaffRule.Allows"/>).</summary>
    public StaffRule[] Filtering { get; }

    /// <summary>Binding staff rules with a cheap test for one more duty (<see cref="StaffRule.Admits"/>).</summary>
    public StaffRule[] Admitting { get; }

    public int HostsPerForeign { get; }

    public int DefaultChangeover { get; }

    public bool RunsContinueBeyondHorizon { get; }

    public T Get<T>()
        where T : Rule => (T)byType[typeof(T)];

    /// <summary>Whether every member of the agent may have the duty at all under the binding rules.</summary>
    public bool Allows(CompiledProblem p, int agent, int demand)
    {
        foreach (var m in p.AgentMembers[agent])
        {
            foreach (var rule in Filtering)
            {
                if (!rule.Allows(p, m, demand))
                {
                    return false;
                }
            }
        }

        return true;
    }

    public static IReadOnlyList<Rule> Defaults { get; } = new RuleBook(new RuleSettings()).All;
}
