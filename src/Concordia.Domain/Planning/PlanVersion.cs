using Concordia.Domain.Common;

namespace Concordia.Domain.Planning;

/// <summary>
/// A plan the engine produced for an event, with what the validator found in it. A draft until a planner publishes
/// it (then it is the plan everyone sees, immutable) or discards it; publishing another version supersedes it. A
/// re-plan proposal is a draft based on the version that was published when it was made.
/// </summary>
public sealed class PlanVersion
{
    private PlanVersion()
    {
        Reason = string.Empty;
        AlertLevel = string.Empty;
        RulesJson = "[]";
        UnmetJson = "[]";
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>1, 2, 3… per event, in the order versions were made.</summary>
    public int Number { get; private set; }

    public Guid JobId { get; private set; }

    public PlanTrigger Trigger { get; private set; }

    public string Reason { get; private set; }

    public Guid? BasedOnVersionId { get; private set; }

    /// <summary>
    /// The full version this one is kept against, or null when it keeps all its duties itself: its duties are the
    /// root's, minus its <see cref="PlanDutyRemoval"/>s, plus its own duty rows (numbered after the root's); its own
    /// units likewise come after the root's units, which it shares.
    /// </summary>
    public Guid? RootVersionId { get; private set; }

    public string AlertLevel { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public PlanVersionState State { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    public string? PublishedBy { get; private set; }

    public DateTime? DiscardedAt { get; private set; }

    public string? DiscardedBy { get; private set; }

    public long HardViolations { get; private set; }

    public long Objective { get; private set; }

    public double CoveragePercent { get; private set; }

    public long RequiredUnits { get; private set; }

    public long CoveredUnits { get; private set; }

    /// <summary>
    /// The coverage ceiling: no plan keeping the hard rules covers more of the <see cref="RequiredUnits"/> than this
    /// (an upper bound computed from the same problem); null for a version made before it was computed.
    /// </summary>
    public long? CoverableUnits { get; private set; }

    /// <summary>Duties of units (a team counts once).</summary>
    public int Duties { get; private set; }

    /// <summary>
    /// Assignments of the published version it is based on that this one no longer holds: one per person or dog on a
    /// duty, so a team's duty counts once per member (unlike <see cref="Duties"/> and a comparison's duties).
    /// </summary>
    public int Moves { get; private set; }

    public double SearchSeconds { get; private set; }

    /// <summary>The validator's cost and violations per rule (JSON).</summary>
    public string RulesJson { get; private set; }

    /// <summary>Demand left uncovered (JSON, the largest gaps first).</summary>
    public string UnmetJson { get; private set; }

    public int Version { get; private set; }

    public bool IsFeasible => HardViolations == 0;

    /// <summary>The version whose duty rows this one starts from: its root, or itself when it is a full version.</summary>
    public Guid RowsVersionId => RootVersionId ?? Id;

    public static PlanVersion Create(
        PlanJob job, int number, DateTime at, long hard, long objective, double coverage, long required, long covered, int duties, int moves,
        double seconds, string rulesJson, string unmetJson, Guid? rootVersionId = null) => new()
        {
            RootVersionId = rootVersionId,
            Id = Guid.CreateVersion7(),
            EventId = job.EventId,
            Number = number,
            JobId = job.Id,
            Trigger = job.Trigger,
            Reason = job.Reason,
            BasedOnVersionId = job.BasedOnVersionId,
            AlertLevel = job.AlertLevel,
            CreatedAt = at,
            State = PlanVersionState.Draft,
            HardViolations = hard,
            Objective = objective,
            CoveragePercent = coverage,
            RequiredUnits = required,
            CoveredUnits = covered,
            Duties = duties,
            Moves = moves,
            SearchSeconds = seconds,
            RulesJson = rulesJson,
            UnmetJson = unmetJson,
        };

    /// <summary>Keeps the coverage ceiling of the problem this version was planned from.</summary>
    public void RecordCoverageCeiling(long coverable) => CoverableUnits = Math.Clamp(coverable, 0, RequiredUnits);

    /// <summary>
    /// Makes this draft the event's plan. Refused when it is not a draft, when it breaks a hard rule, or when it is
    /// stale: another version was published after it was made (its base is no longer what everyone sees).
    /// </summary>
    public Result<PlanVersion> Publish(PlanVersion? current, string by, DateTime at)
    {
        var check = new Check()
            .That(State == PlanVersionState.Draft, "version", $"version {Number} is {Words(State)}; only a draft can be published")
            .That(HardViolations == 0, "version", $"version {Number} breaks {HardViolations} hard rules and cannot be published");
        if (check.Failed)
        {
            return Result<PlanVersion>.Failure(check.Errors);
        }

        if (current is not null)
        {
            current.State = PlanVersionState.Superseded;
            current.Version++;
        }

        State = PlanVersionState.Published;
        PublishedAt = at;
        PublishedBy = by;
        Version++;
        return this;
    }

    /// <summary>Whether another version was published after this one was made.</summary>
    public bool IsStaleAgainst(PlanVersion? current) => current is not null && current.Id != Id && current.PublishedAt > CreatedAt;

    public Result<PlanVersion> Discard(string by, DateTime at)
    {
        if (State != PlanVersionState.Draft)
        {
            return Result<PlanVersion>.Failure("version", $"version {Number} is {Words(State)}; only a draft can be discarded");
        }

        State = PlanVersionState.Discarded;
        DiscardedAt = at;
        DiscardedBy = by;
        Version++;
        return this;
    }

    public static string Words(PlanVersionState state) => state switch
    {
        PlanVersionState.Draft => "a draft",
        PlanVersionState.Published => "published",
        PlanVersionState.Superseded => "superseded",
        _ => "discarded",
    };
}
