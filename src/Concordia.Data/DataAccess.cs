using Concordia.Data.Auditing;

namespace Concordia.Data;

/// <summary>A fixed <see cref="IDataAccess"/>: for the command line, start-up work and tools.</summary>
public sealed record DataAccess(DataScope Scope, AuditActor Actor, TimeProvider Clock) : IDataAccess
{
    /// <summary>Work done by the system itself (start-up, demo seeding, design-time tools).</summary>
    public static DataAccess System(string origin) => new(DataScope.Everything, AuditActor.System(origin), TimeProvider.System);
}
