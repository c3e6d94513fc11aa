namespace Concordia.Domain.Planning;

/// <summary>Where a plan job is: waiting for a worker, searching, or finished one of three ways.</summary>
public enum PlanJobState
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
}
