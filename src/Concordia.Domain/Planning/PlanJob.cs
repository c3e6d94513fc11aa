using Concordia.Domain.Common;
using Concordia.Domain.Events;

namespace Concordia.Domain.Planning;

/// <summary>
/// One run of the planning engine for an event, kept in the database so any process can run it and anyone can follow
/// it: queued, then claimed by a worker (the web process or <c>concordia worker</c>), which reports its progress and
/// ends it with a plan version, a failure or a cancellation. At most one job of an event runs at a time.
/// </summary>
public sealed class PlanJob
{
    private PlanJob()
    {
        Reason = string.Empty;
        AlertLevel = string.Empty;
        RequestedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public PlanTrigger Trigger { get; private set; }

    /// <summary>What happened, in words (e.g. "Alert level raised from Vigilance to Urgence attentat").</summary>
    public string Reason { get; private set; }

    /// <summary>The published version a re-plan starts from; null for a plan from scratch.</summary>
    public Guid? BasedOnVersionId { get; private set; }

    /// <summary>The alert level in force when the job was queued: its requirements are planned.</summary>
    public string AlertLevel { get; private set; }

    public int TimeLimitSeconds { get; private set; }

    public string RequestedBy { get; private set; }

    public DateTime RequestedAt { get; private set; }

    public PlanJobState State { get; private set; }

    /// <summary>The worker running the job (host name and process id).</summary>
    public string? Worker { get; private set; }

    public DateTime? StartedAt { get; private set; }

    /// <summary>When the worker last said it is alive; a running job without a recent heartbeat was interrupted.</summary>
    public DateTime? HeartbeatAt { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    public bool CancelRequested { get; private set; }

    public string? CancelledBy { get; private set; }

    public string? Error { get; private set; }

    // The progress fields below are the worker's running report (written directly, like a heartbeat, not as changes of state).

    /// <summary>Search phase of the latest progress report.</summary>
    public string? Phase { get; private set; }

    public long? HardViolations { get; private set; }

    public long? Objective { get; private set; }

    public double? CoveragePercent { get; private set; }

    public double? ElapsedSeconds { get; private set; }

    /// <summary>The plan version the job produced.</summary>
    public Guid? VersionId { get; private set; }

    public int Version { get; private set; }

    public bool IsFinished => State is PlanJobState.Succeeded or PlanJobState.Failed or PlanJobState.Cancelled;

    public static PlanJob Queue(Event ev, PlanTrigger trigger, string reason, Guid? basedOn, int timeLimitSeconds, string by, DateTime at) => new()
    {
        Id = Guid.CreateVersion7(),
        EventId = ev.Id,
        Trigger = trigger,
        Reason = reason,
        BasedOnVersionId = basedOn,
        AlertLevel = ev.CurrentAlertLevel,
        TimeLimitSeconds = timeLimitSeconds,
        RequestedBy = by,
        RequestedAt = at,
        State = PlanJobState.Queued,
    };

    /// <summary>A worker takes the job.</summary>
    public Result<PlanJob> Claim(string worker, DateTime at)
    {
        if (State != PlanJobState.Queued)
        {
            return Result<PlanJob>.Failure("state", $"the job is {Words(State)}, not waiting");
        }

        State = PlanJobState.Running;
        Worker = worker;
        StartedAt = HeartbeatAt = at;
        Version++;
        return this;
    }

    public void Succeed(Guid versionId, DateTime at)
    {
        State = PlanJobState.Succeeded;
        VersionId = versionId;
        FinishedAt = HeartbeatAt = at;
        Version++;
    }

    public void Fail(string error, DateTime at)
    {
        State = PlanJobState.Failed;
        Error = error;
        FinishedAt = at;
        Version++;
    }

    /// <summary>Asks the job to stop: a waiting job is cancelled at once, a running one when its worker next looks.</summary>
    public Result<PlanJob> RequestCancel(string by, DateTime at)
    {
        if (IsFinished)
        {
            return Result<PlanJob>.Failure("state", $"the job has finished ({Words(State)}); there is nothing to cancel");
        }

        CancelRequested = true;
        CancelledBy = by;
        if (State == PlanJobState.Queued)
        {
            State = PlanJobState.Cancelled;
            FinishedAt = at;
        }

        Version++;
        return this;
    }

    /// <summary>The worker stopped the search because cancelling was asked for.</summary>
    public void Cancelled(DateTime at)
    {
        State = PlanJobState.Cancelled;
        FinishedAt = at;
        Version++;
    }

    /// <summary>The process running the job stopped before it finished.</summary>
    public void Interrupted(DateTime at) =>
        Fail($"interrupted: the worker running it ({Worker}) stopped before it finished; run it again", at);

    public static string Words(PlanJobState state) => state switch
    {
        PlanJobState.Queued => "waiting",
        PlanJobState.Running => "running",
        PlanJobState.Succeeded => "done",
        PlanJobState.Failed => "failed",
        _ => "cancelled",
    };
}
