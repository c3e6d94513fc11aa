using Concordia.Data.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;

namespace Concordia.Web.Features.Security;

/// <summary>
/// The signed-in user of an interactive page, checked against the account every
/// <see cref="SecurityOptions.SessionCheckInterval"/> with the check the session cookie gets at its requests (Identity's
/// security stamp): a page left open does not keep roles, bindings or an account that were taken away (changed roles
/// or bindings, a lock, a new authenticator key). When the check fails the page's user becomes anonymous: the page
/// sends its reader to sign in and reads no more data.
/// </summary>
internal sealed class SessionRecheck(ILoggerFactory loggers, IServiceScopeFactory scopes, SecurityOptions settings)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => settings.SessionCheckInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<ConcordiaUser>>();
        return await signIn.ValidateSecurityStampAsync(state.User) is not null;
    }
}
