using Concordia.Planning.Model;

namespace Concordia.Planning.Rules;

/// <summary>The rules of one problem, with its overrides applied. This list is the one place every rule is named.</summary>
internal sealed class RuleBook
{
    public RuleBook(RuleSettings settings)
    {
        Staff =
        [
            new OneAtATimeRule(), new ChangeoverRule(), new MinRestRule(), new MaxShiftLengthRule(), new AvailabilityRule(),
            new MaxMinutesPer7DaysRule(), new MaxConsecutiveDaysRule(), new MinConsecutiveDaysRule(),
            new MinConsecutiveDaysOffRule(), new ForbiddenSuccessionRule(), new MaxShiftsPerKindRule(),
            new MaxTotalMinutesRule(), new MinTotalMinutesRule(), new MaxWeekendsRule(), new PreferenceRule(),
            new FairNightsRule(), new FairWeekendsRule(), new DisruptionRule(), new FrozenHorizonRule(),
        ];
        Cells = [Coverage, OverCover, new JointPatrolRule(), new LanguageCoverRule(), new VisitorCountryRule()];
        All = [.. Staff, .. Cells, Structure, Team];
        foreach (var rule in All)
        {
            var o = settings.Overrides.GetValueOrDefault(rule.Name);
            rule.Enabled = o?.Enabled ?? rule.DefaultEnabled;
            rule.Hard = o?.Hard ?? rule.DefaultHard;
            rule.Weight = o?.Weight ?? rule.DefaultWeight;
        }

        // Structure and team integrity cannot be traded against cost.
        Structure.Enabled = Team.Enabled = true;
        Structure.Hard = Team.Hard = true;
        ActiveStaff = Staff.Where(r => r.Enabled).ToArray();
        ActiveCells = Cells.Where(r => r.Enabled).ToArray();
        HostsPerForeign = settings.HostsPerForeign;
        DefaultChangeover = settings.DefaultChangeoverMinutes;
        RunsContinueBeyondHorizon = settings.RunsContinueBeyondHorizon ?? false;
    }

    public StaffRule[] Staff { get; }
    public CellRule[] Cells { get; }
    public Rule[] All { get; }
    public StaffRule[] ActiveStaff { get; }
    public CellRule[] ActiveCells { get; }
    public CoverageRule Coverage { get; } = new();
    public OverCoverRule OverCover { get; } = new();
    public PlanStructureRule Structure { get; } = new();
    public TeamTogetherRule Team { get; } = new();
    public int HostsPerForeign { get; }
    public int DefaultChangeover { get; }
    public bool RunsContinueBeyondHorizon { get; }

    public static IReadOnlyList<string> Names { get; } = new RuleBook(new RuleSettings()).All.Select(r => r.Name).ToArray();
}
