namespace Concordia.Web.Tests.Infrastructure;

/// <summary>
/// One running app per database for the whole test assembly (starting one costs about a second). Tests never
/// assume the database is empty: each creates its own event with a unique code.
/// </summary>
public sealed class Apps : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<string, ConcordiaApp> running = [];

    public async Task<ConcordiaApp> GetAsync(string provider)
    {
        if (provider == Databases.Postgres)
        {
            TestEnvironment.RequirePostgres();
        }

        await gate.WaitAsync();
        try
        {
            if (!running.TryGetValue(provider, out var app))
            {
                app = await ConcordiaApp.StartAsync(provider);
                running[provider] = app;
            }

            return app;
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in running.Values)
        {
            await app.DisposeAsync();
        }

        gate.Dispose();
    }
}
