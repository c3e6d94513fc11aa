namespace Concordia.Domain.Notifications;

/// <summary>What a notification is about; each user chooses, per kind, whether it shows in the app and comes by e-mail.</summary>
public enum NotificationKind
{
    /// <summary>A liaison's country was sent a request for assistance.</summary>
    RequestReceived,

    /// <summary>A country answered, or revised its answer to, a request of the user's agency.</summary>
    PledgeReceived,

    /// <summary>The host accepted or declined a line of the country's pledge, or asked for a revision.</summary>
    PledgeDecided,

    /// <summary>The vetting officers decided on members of the liaison's contingent.</summary>
    AccreditationDecided,

    /// <summary>A reply deadline of the country is near.</summary>
    DeadlineReminder,

    /// <summary>A country did not answer a request of the host by its deadline.</summary>
    AskOverdue,

    /// <summary>A deployment plan giving duties to the user's country or sites was published or changed.</summary>
    PlanPublished,
}
