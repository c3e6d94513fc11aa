using System.CommandLine;
using Concordia.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Cli.Common;

/// <summary>Opens the configured database for one command, with its schema up to date.</summary>
public static class Database
{
    /// <param name="more">Services a command needs beyond the database (e.g. accounts).</param>
    public static async Task<ServiceProvider> OpenAsync(ParseResult parse, CancellationToken cancellationToken, Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection();
        more?.Invoke(services);
        var database = GlobalOptions.Database(parse);
        services.AddConcordiaData(database, GlobalOptions.Privacy(), GlobalOptions.Audit());
        // The command line works for the operator on the machine: every country, named in the audit trail as cli@host.
        services.AddSingleton<IDataAccess>(new DataAccess(DataScope.Everything,
            new Data.Auditing.AuditActor(null, $"cli:{Environment.UserName}", $"cli@{Environment.MachineName}"), TimeProvider.System));
        var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<ConcordiaDbContext>(), cancellationToken);
        return provider;
    }
}
