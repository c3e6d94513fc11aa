namespace Concordia.Domain.Costs;

/// <summary>Where a claim for reimbursement stands: draft → submitted → approved (in full or in part) or rejected → reimbursed.</summary>
public enum ClaimState
{
    Draft,
    Submitted,
    Approved,
    Rejected,
    Reimbursed,
}
