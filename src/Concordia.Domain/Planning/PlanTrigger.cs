namespace Concordia.Domain.Planning;

/// <summary>What asked for a plan: a planner, or a change after a plan was published (a re-plan proposal).</summary>
public enum PlanTrigger
{
    /// <summary>A planner asked for a new plan.</summary>
    Requested,

    /// <summary>The alert level in force changed: the new level's requirements are planned from the published plan.</summary>
    AlertLevelChanged,

    /// <summary>A member was reported absent.</summary>
    MemberAbsent,

    /// <summary>A site was closed.</summary>
    SiteClosed,

    /// <summary>An absence was withdrawn or ended early: the member can be planned again.</summary>
    AbsenceWithdrawn,

    /// <summary>A closed site opened again (or its closure was withdrawn): its requirements are planned again.</summary>
    SiteReopened,

    /// <summary>
    /// A planner asked for a re-plan that keeps the published duties of the frozen horizon and re-arranges everything
    /// after it: after a large change it can cover more than a re-plan held to the published plan, and moves more duties.
    /// </summary>
    RearrangeRequested,
}
