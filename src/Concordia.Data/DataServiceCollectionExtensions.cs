using Concordia.Data.Auditing;
using Concordia.Data.Privacy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ConcordiaDbContext"/> on the provider the options name, the personal-data key ring, and
    /// the scenario import/export services. The caller registers the <see cref="DataAccess"/> of its users.
    /// </summary>
    public static IServiceCollection AddConcordiaData(this IServiceCollection services, DatabaseOptions options, PrivacyOptions privacy, AuditOptions? audit = null)
    {
        var connectionString = options.ResolveConnectionString();
        services.AddSingleton(options);
        services.AddSingleton(privacy);
        var keyRing = privacy.ResolveKeyRingDirectory(options);
        var keys = services.AddDataProtection()
            .SetApplicationName("Concordia")
            .PersistKeysToFileSystem(OwnerOnlyDirectory(keyRing));
        KeyRingProtection.Apply(keys, privacy);

        services.AddSingleton<PersonalDataProtector>();
        var checkpoints = (audit ?? new AuditOptions()).ResolveCheckpointFile(options);
        services.AddSingleton(sp => new AuditSeal(sp.GetRequiredService<IDataProtectionProvider>(), Path.Combine(keyRing, AuditSeal.KeyFileName), checkpoints));
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
        services.AddScoped<PrivacyService>();
        services.AddSingleton<StatusBoard.StatusBoardCache>();
        return services;
    }

    // Interactive pages need a context per operation (a factory); requests and commands use one per scope. Both are
    // scoped so that each context gets the DataAccess (scope and audit actor) of its caller.
    private static void AddContext<TContext>(IServiceCollection services, Action<DbContextOptionsBuilder> configure)
        where TContext : ConcordiaDbContext
    {
        services.AddDbContextFactory<TContext>(configure, ServiceLifetime.Scoped);
        services.AddScoped<IDbContextFactory<ConcordiaDbContext>>(sp => new ContextFactory<TContext>(sp.GetRequiredService<IDbContextFactory<TContext>>()));
        services.AddScoped<ConcordiaDbContext>(sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
    }

    /// <summary>Creates a folder that only its owner may enter (the key ring); an existing folder keeps its permissions.</summary>
    internal static DirectoryInfo OwnerOnlyDirectory(string path) =>
        OperatingSystem.IsWindows() || Directory.Exists(path)
            ? Directory.CreateDirectory(path)
            : Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

    // SQLite rebuilds a table with foreign keys switched off, which cannot happen inside a transaction; EF warns about it
    // on every first start although nothing is wrong, so that one warning is not logged.
    internal static void UseSqliteFile(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(ConcordiaDbContext).Assembly.FullName))
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.NonTransactionalMigrationOperationWarning))
            .ReplaceService<IModelCacheKeyFactory, ModelCacheKeyFactory>().AddInterceptors(CheckpointOnCommit.Instance);

    internal static void UsePostgres(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(ConcordiaDbContext).Assembly.FullName))
            .ReplaceService<IModelCacheKeyFactory, ModelCacheKeyFactory>().AddInterceptors(CheckpointOnCommit.Instance);
}
