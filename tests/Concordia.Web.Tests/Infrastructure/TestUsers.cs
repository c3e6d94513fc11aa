using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Data;
using Concordia.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Web.Tests.Infrastructure;

/// <summary>Accounts for tests, made with the app's own Identity services (no shortcut around hashing or roles).</summary>
public static class TestUsers
{
    public const string Password = "Test-password-2024";

    public static async Task<(string UserName, string Password)> CreateAsync(IServiceProvider services, string role, string? binding, string? password = null,
        string? displayName = null)
    {
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConcordiaUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<ConcordiaRole>>();
        foreach (var name in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                await roles.CreateAsync(new ConcordiaRole(name));
            }
        }

        var userName = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.invalid";
        var user = new ConcordiaUser { UserName = userName, Email = userName, DisplayName = displayName ?? $"Test {role}", CreatedAt = DateTime.UtcNow };
        Check(await users.CreateAsync(user, password ?? Password));
        Check(await users.AddToRoleAsync(user, role));
        if (Roles.RequiredBinding(role) is { } kind && binding is not null)
        {
            await using var db = SystemContext.Create(scope.ServiceProvider, "test");
            db.UserBindings.Add(new UserBinding { UserId = user.Id, Kind = kind, Value = binding });
            await db.SaveChangesAsync();
        }

        return (userName, password ?? Password);
    }

    public static async Task<string> TokenAsync(HttpClient client, string userName, string password, string? totp = null)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password, totpCode = totp });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.IsSuccessStatusCode, $"token for {userName}: {(int)response.StatusCode} {body}");
        return body!["token"]!.GetValue<string>();
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
