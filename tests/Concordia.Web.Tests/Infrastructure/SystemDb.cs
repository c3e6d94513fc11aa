using Concordia.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Web.Tests.Infrastructure;

/// <summary>A database context of the app that sees everything, for arranging and inspecting test data.</summary>
public sealed class SystemDb : IAsyncDisposable
{
    private readonly IServiceScope scope;

    public SystemDb(IServiceProvider services)
    {
        scope = services.CreateScope();
        Db = SystemContext.Create(scope.ServiceProvider, "test");
    }

    public ConcordiaDbContext Db { get; }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        scope.Dispose();
    }
}
