using System.CommandLine;
using Concordia.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Cli.Common;

/// <summary>
/// Opens the configured database for one command, with its schema up to date. A SQLite database that does not exist is
/// created only when asked (<c>--create</c>): otherwise a mistyped folder would silently start an empty one.
/// </summary>
public static class Database
{
    /// <param name="more">Services a command needs beyond the database (e.g. accounts).</param>
    public static async Task<ServiceProvider> OpenAsync(ParseResult parse, CancellationToken cancellationToken, Action<IServiceCollection>? more = null)
    {
        var database = GlobalOptions.Database(parse);
        if (database.SqliteFile is { } file && !File.Exists(file) && !parse.GetValue(GlobalOptions.Create))
        {
            throw new CliInputException($"There is no Concordia database at {file}. Check --data-dir (or Database__DataDirectory); " +
                "to create a new, empty database there, add --create.");
        }

        var services = new ServiceCollection();
        more?.Invoke(services);
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
