namespace Concordia.Web.Features.Vetting;

/// <summary>What a vetting officer does to one or many members at once.</summary>
public enum AccreditationAction
{
    StartReview,
    Accredit,
    Refuse,
    IssueBadge,
    RevokeBadge,
}
