namespace Concordia.Data.Auditing;

/// <summary>Whom an audit entry names: the user (if any) and where the change came from.</summary>
public sealed record AuditActor(Guid? UserId, string UserName, string Origin)
{
    public static AuditActor System(string origin) => new(null, "system", origin);
}
