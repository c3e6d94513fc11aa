using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Data;

public static class SystemContext
{
    /// <summary>
    /// A context for work the system does on its own (start-up, demo seeding, scheduled purges): it sees every
    /// country and the audit trail names the system and <paramref name="origin"/>.
    /// </summary>
    public static ConcordiaDbContext Create(IServiceProvider services, string origin)
    {
        var access = DataAccess.System(origin);
        return services.GetRequiredService<DatabaseOptions>().Provider == DatabaseProvider.Postgres
            ? ActivatorUtilities.CreateInstance<PostgresConcordiaDbContext>(services, access)
            : ActivatorUtilities.CreateInstance<SqliteConcordiaDbContext>(services, access);
    }
}
