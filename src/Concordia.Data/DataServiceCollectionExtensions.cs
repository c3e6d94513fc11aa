using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ConcordiaDbContext"/> on the provider the options name, plus the
    /// scenario import/export services.
    /// </summary>
    public static IServiceCollection AddConcordiaData(this IServiceCollection services, DatabaseOptions options)
    {
        var connectionString = options.ResolveConnectionString();
        services.AddSingleton(options);
        if (options.Provider == DatabaseProvider.Postgres)
        {
            AddContext<PostgresConcordiaDbContext>(services, o => o.UsePostgres(connectionString));
        }
        else
        {
            AddContext<SqliteConcordiaDbContext>(services, o => o.UseSqliteFile(connectionString));
        }

        services.AddScoped<Scenarios.ScenarioImporter>();
        services.AddScoped<Scenarios.ScenarioExporter>();
        return services;
    }

    // Interactive pages need a context per operation (a factory); requests and commands use one per scope. Both are
    // scoped so that a context can later be given the caller's identity.
    private static void AddContext<TContext>(IServiceCollection services, Action<DbContextOptionsBuilder> configure)
        where TContext : ConcordiaDbContext
    {
        services.AddDbContextFactory<TContext>(configure, ServiceLifetime.Scoped);
        services.AddScoped<IDbContextFactory<ConcordiaDbContext>>(sp => new ContextFactory<TContext>(sp.GetRequiredService<IDbContextFactory<TContext>>()));
        services.AddScoped<ConcordiaDbContext>(sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
    }

    internal static void UseSqliteFile(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(ConcordiaDbContext).Assembly.FullName));

    internal static void UsePostgres(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(ConcordiaDbContext).Assembly.FullName));
}
