namespace Concordia.Data.Planning;

/// <summary>
/// Wakes this process's idle worker when a job is queued here, so a plan starts at once instead of at the next
/// poll. Separate <c>concordia worker</c> processes do not hear it and keep polling.
/// </summary>
public static class PlanJobSignal
{
    private static TaskCompletionSource next = New();

    /// <summary>Completes when the next job is queued in this process (after it was saved).</summary>
    public static Task Next => Volatile.Read(ref next).Task;

    /// <summary>A job was saved: wakes whoever waits on <see cref="Next"/>.</summary>
    public static void Queued() => Interlocked.Exchange(ref next, New()).TrySetResult();

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
