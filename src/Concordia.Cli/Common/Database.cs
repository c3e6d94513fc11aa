using System.CommandLine;
using Concordia.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Cli.Common;

/// <summary>Opens the configured database for one command, with its schema up to date.</summary>
public static class Database
{
    public static async Task<ServiceProvider> OpenAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddConcordiaData(GlobalOptions.Database(parse));
        var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<ConcordiaDbContext>(), cancellationToken);
        return provider;
    }
}
