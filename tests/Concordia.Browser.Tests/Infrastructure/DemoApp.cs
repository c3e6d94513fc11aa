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
    private readonly IReadOnlyDictionary<string, string?> settings;

    /// <summary>Starts the demo; <paramref name="settings"/> override configuration (e.g. a shorter session check).</summary>
    public DemoApp(IReadOnlyDictionary<string, string?>? settings = null)
    {
        this.settings = settings ?? new Dictionary<string, string?>();
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

    /// <summary>The QR-code token of a badge in force in the event, as a site commander's phone reads it.</summary>
    public async Task<string> BadgeTokenAsync(string eventCode)
    {
        await using var scope = Services.CreateAsyncScope();
        await using var db = Concordia.Data.SystemContext.Create(scope.ServiceProvider, "test");
        var eventId = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Events.Where(e => e.Code == eventCode).Select(e => e.Id));
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.Badges.Where(b => b.RevokedAt == null && db.Members.Any(m => m.Id == b.MemberId && m.EventId == eventId)).Select(b => b.Token));
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
        // One test signs in as every demo account in turn, more than a person's sign-in limit allows in a minute.
        builder.UseSetting("Security:SignInPerMinute", "1000");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
