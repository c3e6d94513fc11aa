using System.Net;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Web.Tests.Security;

/// <summary>
/// Issue 12, point 9: an OpenID Connect sign-in is matched to an account only by a verified e-mail address, and the
/// account's second factor is asked for as after a password.
/// </summary>
public sealed class ExternalSignInTests
{
    [Fact]
    public async Task An_unverified_email_from_the_provider_signs_nobody_in_and_a_verified_one_signs_its_account_in()
    {
        await using var app = await ConcordiaApp.StartAsync(Databases.Sqlite, services: FakeIdentityProvider.AddTo);
        var (administrator, _) = await TestUsers.CreateAsync(app.Services, Roles.Administrator, null);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var unverified = await SignInThroughProviderAsync(client, "sub-1", administrator, verified: false);
        var meAfterUnverified = await client.GetAsync("/api/v1/auth/me");
        var verified = await SignInThroughProviderAsync(client, "sub-1", administrator, verified: true);
        var meAfterVerified = await client.GetAsync("/api/v1/auth/me");

        Assert.Equal("/account/login?error=unverified", unverified);
        Assert.Equal(HttpStatusCode.Unauthorized, meAfterUnverified.StatusCode);
        Assert.Equal("/", verified);
        Assert.Equal(HttpStatusCode.OK, meAfterVerified.StatusCode);
    }

    [Fact]
    public async Task An_account_with_a_second_factor_is_asked_for_its_code_after_the_provider()
    {
        await using var app = await ConcordiaApp.StartAsync(Databases.Sqlite, services: FakeIdentityProvider.AddTo);
        var (userName, _) = await TestUsers.CreateAsync(app.Services, Roles.Administrator, null);
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ConcordiaUser>>();
            var user = (await users.FindByNameAsync(userName))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var first = await SignInThroughProviderAsync(client, "sub-2", userName, verified: true);
        var meAfterFirst = await client.GetAsync("/api/v1/auth/me");
        var again = await SignInThroughProviderAsync(client, "sub-2", userName, verified: true);

        Assert.StartsWith("/account/login-2fa", first, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, meAfterFirst.StatusCode);
        Assert.StartsWith("/account/login-2fa", again, StringComparison.Ordinal);
    }

    /// <summary>Signs in at the (fake) provider, then follows the app's callback; returns where the app sends the browser.</summary>
    private static async Task<string> SignInThroughProviderAsync(HttpClient client, string subject, string email, bool verified)
    {
        using var provider = await client.GetAsync($"/test/external-sign-in?sub={subject}&email={Uri.EscapeDataString(email)}&verified={(verified ? "true" : "false")}");
        Assert.Equal(HttpStatusCode.OK, provider.StatusCode);
        using var callback = await client.GetAsync("/account/external-callback?returnUrl=%2F");
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        return callback.Headers.Location!.OriginalString;
    }
}
