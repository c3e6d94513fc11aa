namespace Concordia.Data.Auditing;

/// <summary>
/// Fields whose values never enter the audit trail: personal data (encrypted in their own tables) and secrets.
/// The trail records that they changed, not what they hold.
/// </summary>
internal static class SensitiveFields
{
    private static readonly HashSet<(string Entity, string Property)> Fields =
    [
        ("Member", "DateOfBirth"), ("Member", "DocumentNumber"), ("Member", "Phone"),
        ("ConcordiaUser", "PasswordHash"), ("ConcordiaUser", "SecurityStamp"), ("ConcordiaUser", "ConcurrencyStamp"),
        ("IdentityUserToken`1", "Value"), ("ApiToken", "TokenHash"),
        ("LegalDocument", "Content"), ("AgreementDocument", "Content"), ("Expense", "Receipt"),
        ("EquipmentItem", "Serial"), ("EquipmentItem", "DocumentContent"),
    ];

    public static bool Contains(string entity, string property) => Fields.Contains((entity, property));
}
