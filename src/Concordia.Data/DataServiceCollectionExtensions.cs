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
            services.AddDbContext<ConcordiaDbContext, PostgresConcordiaDbContext>(o => o.UsePostgres(connectionString));
        }
        else
        {
            services.AddDbContext<ConcordiaDbContext, SqliteConcordiaDbContext>(o => o.UseSqliteFile(connectionString));
        }

        services.AddScoped<Scenarios.ScenarioImporter>();
        services.AddScoped<Scenarios.ScenarioExporter>();
        return services;
    }

    internal static void UseSqliteFile(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(ConcordiaDbContext).Assembly.FullName));

    internal static void UsePostgres(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(ConcordiaDbContext).Assembly.FullName));
}
