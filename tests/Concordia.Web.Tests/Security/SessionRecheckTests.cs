using System.Net.Http.Json;
using System.Security.Claims;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Web.Tests.Security;

/// <summary>
/// An interactive page makes no request after it opens, so the cookie's check never sees it: the page's own user is
/// checked against the account at the same interval, with the same check.
/// </summary>
public sealed class SessionRecheckTests
{
    [Fact]
    public async Task An_open_page_keeps_its_reader_while_the_account_is_unchanged_and_loses_them_at_the_next_check_after_a_lock()
    {
        await using var app = await ConcordiaApp.StartAsync(Databases.Sqlite, new Dictionary<string, string?> { ["Security:SessionCheckInterval"] = "00:00:00.200" });
        var (userName, _) = await TestUsers.CreateAsync(app.Services, Roles.Planner, null);
        ConcordiaUser user;
        ClaimsPrincipal principal;
        using (var scope = app.Services.CreateScope())
        {
            var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<ConcordiaUser>>();
            user = (await signIn.UserManager.FindByNameAsync(userName))!;
            principal = await signIn.CreateUserPrincipalAsync(user);
        }

        // One open page: its services, signed in as the planner as the app does when the page connects.
        await using var page = app.Services.CreateAsyncScope();
        var provider = page.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        ((IHostEnvironmentAuthenticationStateProvider)provider).SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        var changed = new TaskCompletionSource<ClaimsPrincipal>(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.AuthenticationStateChanged += async state => changed.TrySetResult((await state).User);

        // Five checks of an account nobody changed leave the page its reader.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(changed.Task.IsCompleted);
        Assert.Equal(userName, (await provider.GetAuthenticationStateAsync()).User.Identity?.Name);

        var admin = await app.ClientAsync(Roles.Administrator);
        (await admin.PostAsJsonAsync($"/api/v1/users/{user.Id}/lock", new { })).EnsureSuccessStatusCode();

        var after = await changed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(after.Identity?.IsAuthenticated ?? false);
        Assert.False((await provider.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated ?? false);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:01:00")]
    public async Task A_session_check_interval_of_zero_or_less_stops_the_start_with_the_setting_named(string interval)
    {
        var refused = await Assert.ThrowsAnyAsync<Exception>(() =>
            ConcordiaApp.StartAsync(Databases.Sqlite, new Dictionary<string, string?> { ["Security:SessionCheckInterval"] = interval }));

        Assert.Contains("Security:SessionCheckInterval must be longer than zero", refused.GetBaseException().Message, StringComparison.Ordinal);
    }
}
