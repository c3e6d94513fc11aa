using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Browser.Tests.Infrastructure;

/// <summary>
/// The web app as a newcomer starts it: demo mode on a fresh SQLite database (Paris 2024 and EURO 2024 seeded),
/// served by Kestrel on a free local port so that a real browser can reach it. No tile server: the map must stand
/// on its own.
/// </summary>
public sealed class DemoApp : WebApplicationFactory<Program>
{
    private readonly string folder = Directory.CreateTempSubdirectory("concordia-browser-").FullName;

    public DemoApp()
    {
        UseKestrel(0);
        StartServer();
    }

    /// <summary>The password of every demo account in these tests.</summary>
    public const string Password = "Browser-test-2024";

    public Uri BaseAddress => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>An API client signed in with a bearer token as a demo account.</summary>
    public async Task<HttpClient> ApiClientAsync(string userName)
    {
        var client = CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:DataDirectory", folder);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:Password", Password);
        builder.UseSetting("Privacy:KeyRingDirectory", Path.Combine(folder, "keys"));
        builder.UseSetting("Map:TileUrl", string.Empty);
        builder.UseSetting("urls", "http://127.0.0.1:0");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
