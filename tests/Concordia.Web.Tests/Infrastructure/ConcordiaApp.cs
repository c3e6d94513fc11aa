using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Npgsql;

namespace Concordia.Web.Tests.Infrastructure;

/// <summary>
/// The real web app in the test host, on a database of its own: a fresh SQLite file, or a fresh PostgreSQL
/// database created on the configured server and dropped afterwards. The demo is off: tests bring their own data.
/// </summary>
public sealed class ConcordiaApp : WebApplicationFactory<Program>
{
    private readonly string provider;
    private readonly string connectionString;
    private readonly string? postgresDatabase;
    private readonly string dataFolder;

    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly Dictionary<string, HttpClient> clients = [];
    private readonly SemaphoreSlim clientGate = new(1, 1);

    private Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? serviceOverrides;

    private ConcordiaApp(string provider, string connectionString, string? postgresDatabase, string dataFolder, IReadOnlyDictionary<string, string?>? settings)
    {
        this.provider = provider;
        this.connectionString = connectionString;
        this.postgresDatabase = postgresDatabase;
        this.dataFolder = dataFolder;
        this.settings = settings ?? new Dictionary<string, string?>();
    }

    public string Provider => provider;

    /// <summary>Starts an app on a fresh database; <paramref name="settings"/> override configuration (e.g. low rate limits).</summary>
    public static async Task<ConcordiaApp> StartAsync(string provider, IReadOnlyDictionary<string, string?>? settings = null,
        Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null, string? sqliteFolder = null)
    {
        ConcordiaApp app;
        if (provider == Databases.Postgres)
        {
            var server = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresConnection!);
            var database = "concordia_test_" + Guid.NewGuid().ToString("N")[..12];
            await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "postgres" }.ConnectionString))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
                await create.ExecuteNonQueryAsync();
            }

            app = new ConcordiaApp("Postgres", new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = database }.ConnectionString, database,
                Directory.CreateTempSubdirectory("concordia-test-").FullName, settings);
        }
        else
        {
            var folder = sqliteFolder ?? Directory.CreateTempSubdirectory("concordia-test-").FullName;
            app = new ConcordiaApp("Sqlite", $"Data Source={Path.Combine(folder, "concordia.db")}", null, folder, settings);
        }

        app.serviceOverrides = services;

        // Starting the server runs the migrations.
        try
        {
            _ = app.Server;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    /// <summary>The connection string of this app's own database, for tests that look at the stored data directly.</summary>
    public string ConnectionString => connectionString;

    /// <summary>Keep the SQLite folder when disposed, to start another app on the same database.</summary>
    public bool KeepFolder { get; set; }

    /// <summary>
    /// The app's data folder, as the command line finds it with <c>--data-dir</c>: the SQLite database (SQLite apps),
    /// the key ring (<c>keys/</c>) and the audit checkpoints.
    /// </summary>
    public string DataFolder => dataFolder;

    /// <summary>
    /// A client signed in with a bearer token as a user holding <paramref name="role"/>, bound to
    /// <paramref name="binding"/> when the role needs one (a country code, or an agency or site id). One user per
    /// role and binding, created on first use through the app's own account services.
    /// </summary>
    public async Task<HttpClient> ClientAsync(string role, string? binding = null)
    {
        var key = $"{role}|{binding}";
        await clientGate.WaitAsync();
        try
        {
            if (!clients.TryGetValue(key, out var client))
            {
                var (userName, password) = await TestUsers.CreateAsync(Services, role, binding);
                client = CreateClient();
                var token = await TestUsers.TokenAsync(client, userName, password);
                client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
                clients[key] = client;
            }

            return client;
        }
        finally
        {
            clientGate.Release();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Map:TileUrl", string.Empty);
        builder.UseSetting("Database:DataDirectory", dataFolder);
        builder.UseSetting("Privacy:KeyRingDirectory", Path.Combine(dataFolder, "keys"));
        builder.UseSetting("Security:ApiPerMinute", "1000000");
        builder.UseSetting("Security:SignInPerMinute", "100000");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (serviceOverrides is not null)
        {
            builder.ConfigureTestServices(serviceOverrides);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        clientGate.Dispose();
        await base.DisposeAsync();
        if (postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresConnection!) { Database = "postgres" }.ConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        if (!KeepFolder)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataFolder, recursive: true);
        }
    }
}
