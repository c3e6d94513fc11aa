using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
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
    private readonly string? sqliteFolder;

    private ConcordiaApp(string provider, string connectionString, string? postgresDatabase, string? sqliteFolder)
    {
        this.provider = provider;
        this.connectionString = connectionString;
        this.postgresDatabase = postgresDatabase;
        this.sqliteFolder = sqliteFolder;
    }

    public string Provider => provider;

    public static async Task<ConcordiaApp> StartAsync(string provider)
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

            app = new ConcordiaApp("Postgres", new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = database }.ConnectionString, database, null);
        }
        else
        {
            var folder = Directory.CreateTempSubdirectory("concordia-test-").FullName;
            app = new ConcordiaApp("Sqlite", $"Data Source={Path.Combine(folder, "concordia.db")}", null, folder);
        }

        // Starting the server runs the migrations.
        _ = app.Server;
        return app;
    }

    /// <summary>The connection string of this app's own database, for tests that look at the stored data directly.</summary>
    public string ConnectionString => connectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Map:TileUrl", string.Empty);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresConnection!) { Database = "postgres" }.ConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        if (sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(sqliteFolder, recursive: true);
        }
    }
}
