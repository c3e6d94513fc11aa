namespace Concordia.Planning.Solving;

/// <summary>Where a solve is: each progress report names the phase that produced it.</summary>
public enum SearchPhase
{
    /// <summary>The problem is compiled; the plan is the start plan (empty, or the published one when re-planning).</summary>
    Start,

    /// <summary>A first plan is built.</summary>
    Construction,

    /// <summary>Demand still missing is filled by wider scans.</summary>
    Fill,

    /// <summary>Members whose schedules break a hard rule are repaired.</summary>
    Repair,

    /// <summary>The search improved the plan.</summary>
    Search,

    /// <summary>The final plan is validated and returned.</summary>
    Done,
}
