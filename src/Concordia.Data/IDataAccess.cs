using Concordia.Data.Auditing;

namespace Concordia.Data;

/// <summary>
/// Who is using a database context: which countries' rows it may return, and whom the audit trail names for the
/// changes it saves. Read at every query and every save, so that a context created before its caller signed in
/// (during authentication itself) still answers for the signed-in caller afterwards.
/// </summary>
public interface IDataAccess
{
    DataScope Scope { get; }

    AuditActor Actor { get; }

    TimeProvider Clock { get; }
}
