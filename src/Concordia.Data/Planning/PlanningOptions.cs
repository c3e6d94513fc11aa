namespace Concordia.Data.Planning;

/// <summary>Who runs plan jobs, and how often they look for work (<c>Planning</c> settings).</summary>
public sealed class PlanningOptions
{
    /// <summary>Whether this process runs plan jobs; false when <c>concordia worker</c> processes run them instead.</summary>
    public bool RunJobs { get; set; } = true;

    /// <summary>How often an idle worker looks for a waiting job.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a running job's progress and heartbeat are written.</summary>
    public TimeSpan ReportInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A running job whose worker has not reported for this long was interrupted.</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromSeconds(30);
}
