using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Concordia.Web.Tests.Users;

/// <summary>Issue 12, point 3: an installation outside demo mode gets its first administrator from the command line.</summary>
public sealed class FirstAdministratorTests
{
    private const string Password = "First-admin-password-1";

    [Fact]
    public async Task A_start_without_an_administrator_says_so_and_concordia_admin_create_makes_one_who_can_sign_in()
    {
        var logs = new LogCapture();
        await using var app = await ConcordiaApp.StartAsync(Databases.Sqlite, services: s => s.AddSingleton<ILoggerProvider>(logs));
        Assert.Contains(logs.Messages, m => m.Level == LogLevel.Warning && m.Message.Contains("There is no administrator account", StringComparison.Ordinal)
            && m.Message.Contains("concordia admin create", StringComparison.Ordinal));

        var (exitCode, output) = await ConcordiaCli.RunWithInputAsync(app.DataFolder, Password + "\n", "admin", "create", "--user", "chief@test.invalid",
            "--name", "Chief administrator");

        Assert.True(exitCode == 0, output);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer",
            await TestUsers.TokenAsync(client, "chief@test.invalid", Password));
        var me = await client.GetObjectAsync("/api/v1/auth/me");
        Assert.Equal([Roles.Administrator], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        using var coordinator = await client.PostAsJsonAsync("/api/v1/users", new
        {
            userName = "coordinator@test.invalid", email = "coordinator@test.invalid", displayName = "Coordinator", password = "Coordinator-password-1",
            roles = new[] { Roles.HostCoordinator },
        });
        Assert.Equal(HttpStatusCode.Created, coordinator.StatusCode);
    }

    [Fact]
    public async Task A_weak_password_or_a_taken_address_creates_nothing_and_exits_with_2()
    {
        await using var app = await ConcordiaApp.StartAsync(Databases.Sqlite);
        var (taken, _) = await TestUsers.CreateAsync(app.Services, Roles.Observer, null);

        var (weak, weakOutput) = await ConcordiaCli.RunWithInputAsync(app.DataFolder, "short\n", "admin", "create", "--user", "a@test.invalid", "--name", "A");
        var (twice, twiceOutput) = await ConcordiaCli.RunWithInputAsync(app.DataFolder, Password + "\n", "admin", "create", "--user", taken, "--name", "B");
        var (none, _) = await ConcordiaCli.RunWithInputAsync(app.DataFolder, null, "admin", "create", "--user", "c@test.invalid", "--name", "C");

        Assert.Equal((2, 2, 2), (weak, twice, none));
        Assert.Contains("at least 12 characters", ConcordiaCli.Unwrapped(weakOutput), StringComparison.Ordinal);
        Assert.Contains("is already taken", ConcordiaCli.Unwrapped(twiceOutput), StringComparison.Ordinal);
        using var refused = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "a@test.invalid", password = "short" });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
