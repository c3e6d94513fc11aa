using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Concordia.Web.Tests.Security;

public sealed class AuthenticationTests(Apps apps)
{
    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_answer()
    {
        var app = await apps.GetAsync(Databases.Sqlite);
        var (userName, _) = await TestUsers.CreateAsync(app.Services, Roles.Observer, null);
        var client = app.CreateClient();

        using var wrongPassword = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "Not-the-password-1" });
        using var unknownUser = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "nobody@test.invalid", password = "Not-the-password-1" });

        var first = await ApiClient.ProblemAsync(wrongPassword, HttpStatusCode.Unauthorized);
        var second = await ApiClient.ProblemAsync(unknownUser, HttpStatusCode.Unauthorized);
        Assert.Equal(first["detail"]!.GetValue<string>(), second["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one_and_the_answer_does_not_say_so()
    {
        var app = await apps.GetAsync(Databases.Sqlite);
        var (userName, password) = await TestUsers.CreateAsync(app.Services, Roles.Observer, null);
        var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "Wrong-password-" + i })).Dispose();
        }

        using var right = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });

        var problem = await ApiClient.ProblemAsync(right, HttpStatusCode.Unauthorized);
        Assert.DoesNotContain("exist", problem["detail"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Issue 12, point 9: wrong passwords are counted per account and address, so a stranger cannot lock the owner out.</summary>
    [Fact]
    public async Task Five_wrong_passwords_from_one_address_do_not_lock_the_owner_out_from_another_and_the_address_may_try_again_later()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await ConcordiaApp.StartAsync(Databases.Sqlite, services: s =>
        {
            TestClientAddress.AddTo(s);
            s.AddSingleton<TimeProvider>(clock);
        });
        var (userName, password) = await TestUsers.CreateAsync(app.Services, Roles.Observer, null);
        var stranger = app.CreateClient();
        stranger.DefaultRequestHeaders.Add(TestClientAddress.Header, "203.0.113.7");
        var owner = app.CreateClient();
        owner.DefaultRequestHeaders.Add(TestClientAddress.Header, "198.51.100.20");
        for (var i = 0; i < 5; i++)
        {
            (await stranger.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "Wrong-password-" + i })).Dispose();
        }

        using var strangerRight = await stranger.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        using var ownerRight = await owner.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        clock.Advance(TimeSpan.FromMinutes(15));
        using var strangerLater = await stranger.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });

        await ApiClient.ProblemAsync(strangerRight, HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, ownerRight.StatusCode);
        Assert.Equal(HttpStatusCode.OK, strangerLater.StatusCode);
    }

    /// <summary>
    /// Opening the second-factor page draws the account's authenticator key, which renews its security stamp: the
    /// browser that opened it stays signed in past the stamp's next check, while a session signed in elsewhere before
    /// is signed out.
    /// </summary>
    [Fact]
    public async Task Opening_the_second_factor_page_keeps_its_own_browser_signed_in_and_signs_the_account_out_elsewhere()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await ConcordiaApp.StartAsync(Databases.Sqlite, services: s => s.AddSingleton<TimeProvider>(clock));
        var (userName, password) = await TestUsers.CreateAsync(app.Services, Roles.Observer, null);
        var elsewhere = await CookieSession.SignInAsync(app, userName, password);
        var browser = await CookieSession.SignInAsync(app, userName, password);

        using var setUp = await browser.GetAsync("/account/two-factor");
        Assert.Equal(HttpStatusCode.OK, setUp.StatusCode);
        clock.Advance(TimeSpan.FromMinutes(2));
        using var later = await browser.GetAsync("/account/two-factor");
        using var otherSession = await elsewhere.GetAsync("/account/two-factor");

        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Contains("data-testid=\"authenticator-key\"", await later.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, otherSession.StatusCode);
        Assert.StartsWith("/account/login", otherSession.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        // Turning the second factor on renews the stamp again: the browser that did it stays signed in.
        var key = System.Text.RegularExpressions.Regex.Match(await later.Content.ReadAsStringAsync(), "data-testid=\"authenticator-key\">([^<]+)<").Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        using var enabled = await browser.PostAsync("/account/two-factor", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "enable-2fa",
            ["__RequestVerificationToken"] = await CookieSession.AntiforgeryTokenAsync(browser),
            ["Input.Code"] = Totp.Now(key),
        }));
        Assert.Contains("Second factor on", await enabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        clock.Advance(TimeSpan.FromMinutes(2));
        using var afterEnabling = await browser.GetAsync("/account/two-factor");
        Assert.Equal(HttpStatusCode.OK, afterEnabling.StatusCode);
        Assert.Contains("asks for a code from your authenticator app", await afterEnabling.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_token_stops_working_at_once()
    {
        var app = await apps.GetAsync(Databases.Sqlite);
        var (userName, password) = await TestUsers.CreateAsync(app.Services, Roles.Observer, null);
        var client = app.CreateClient();
        using var issued = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password, name = "script" });
        var token = (await issued.Content.ReadFromJsonAsync<JsonObject>())!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token["token"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/auth/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/auth/tokens/{token["id"]}")).StatusCode);

        using var after = await client.GetAsync("/api/v1/auth/me");
        var problem = await ApiClient.ProblemAsync(after, HttpStatusCode.Unauthorized);
        Assert.Contains("expired or revoked", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("invalid_token", after.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_token_is_refused_with_the_same_answer_as_an_unknown_one()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await ConcordiaApp.StartAsync(Databases.Sqlite, services: s => s.AddSingleton<TimeProvider>(clock));
        var (userName, password) = await TestUsers.CreateAsync(app.Services, Roles.Observer, null);
        var client = app.CreateClient();
        var token = (await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password, lifetimeHours = 1 })).Content.ReadFromJsonAsync<JsonObject>())!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token["token"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/auth/me")).StatusCode);

        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        using var expired = await client.GetAsync("/api/v1/auth/me");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "cdt_" + new string('x', 43));
        using var unknown = await client.GetAsync("/api/v1/auth/me");

        Assert.Equal((await ApiClient.ProblemAsync(unknown, HttpStatusCode.Unauthorized))["detail"]!.GetValue<string>(),
            (await ApiClient.ProblemAsync(expired, HttpStatusCode.Unauthorized))["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_token_lifetime_beyond_the_maximum_is_capped()
    {
        var app = await apps.GetAsync(Databases.Sqlite);
        var (userName, password) = await TestUsers.CreateAsync(app.Services, Roles.Observer, null);

        using var issued = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName, password, lifetimeHours = 24 * 365 });

        var expiresAt = (await issued.Content.ReadFromJsonAsync<JsonObject>())!["expiresAt"]!.GetValue<DateTime>();
        Assert.InRange(expiresAt, DateTime.UtcNow.AddDays(29), DateTime.UtcNow.AddDays(30.01));
    }

    [Fact]
    public async Task With_a_second_factor_a_token_needs_the_current_authenticator_code()
    {
        var app = await apps.GetAsync(Databases.Sqlite);
        var (userName, password) = await TestUsers.CreateAsync(app.Services, Roles.Observer, null);
        string key;
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ConcordiaUser>>();
            var user = (await users.FindByNameAsync(userName))!;
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        var client = app.CreateClient();
        using var withoutCode = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        using var withCode = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password, totpCode = Totp.Now(key) });

        await ApiClient.ProblemAsync(withoutCode, HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_over_the_limit_get_429_with_retry_after()
    {
        await using var app = await ConcordiaApp.StartAsync(Databases.Sqlite, new Dictionary<string, string?> { ["Security:SignInPerMinute"] = "3" });
        var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "someone@test.invalid", password = "Wrong-password-1" });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(response.Headers.RetryAfter);
                await ApiClient.ProblemAsync(response, HttpStatusCode.TooManyRequests);
            }
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Api_calls_over_the_per_user_limit_get_429()
    {
        await using var app = await ConcordiaApp.StartAsync(Databases.Sqlite, new Dictionary<string, string?> { ["Security:ApiPerMinute"] = "5" });
        var client = await app.ClientAsync(Roles.Observer);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await client.GetAsync("/api/v1/countries/FR");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.All(statuses.Take(5), s => Assert.Equal(HttpStatusCode.OK, s));
    }

    /// <summary>
    /// A reader who is signed in and lands on the sign-in page (a tab whose page was opened before the sign-in was
    /// renewed in another, or a bookmark) goes on to where they were going, never off this site; the form is for
    /// readers who are not signed in.
    /// </summary>
    [Fact]
    public async Task A_signed_in_reader_sent_to_the_sign_in_page_goes_on_to_where_they_were_going()
    {
        var app = await apps.GetAsync(Databases.Sqlite);
        var (userName, password) = await TestUsers.CreateAsync(app.Services, Roles.Observer, null);
        var signedIn = await CookieSession.SignInAsync(app, userName, password);
        var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var onward = await signedIn.GetAsync("/account/login?returnUrl=" + Uri.EscapeDataString("/events?tab=sites"));
        using var offSite = await signedIn.GetAsync("/account/login?returnUrl=" + Uri.EscapeDataString("https://evil.example/"));
        using var noReturn = await signedIn.GetAsync("/account/login");
        using var form = await anonymous.GetAsync("/account/login?returnUrl=" + Uri.EscapeDataString("/events"));

        Assert.Equal(HttpStatusCode.Redirect, onward.StatusCode);
        Assert.Equal("/events?tab=sites", PathOf(onward));
        Assert.Equal("/", PathOf(offSite));
        Assert.Equal("/", PathOf(noReturn));
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("id=\"username\"", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_carry_a_content_security_policy_and_refuse_framing()
    {
        var client = (await apps.GetAsync(Databases.Sqlite)).CreateClient();

        using var response = await client.GetAsync("/account/login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task A_page_asked_for_without_sign_in_sends_the_browser_to_the_sign_in_page()
    {
        var client = (await apps.GetAsync(Databases.Sqlite)).CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/audit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    /// <summary>Where a redirect sends the browser, as an address on this site; a redirect off the site fails here.</summary>
    private static string PathOf(HttpResponseMessage redirect)
    {
        var target = new Uri(new Uri("http://localhost"), redirect.Headers.Location!);
        Assert.Equal("localhost", target.Host);
        return target.PathAndQuery;
    }
}
