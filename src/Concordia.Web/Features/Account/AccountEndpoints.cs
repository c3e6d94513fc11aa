using Concordia.Data.Identity;
using Concordia.Web.Features.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Concordia.Web.Features.Account;

/// <summary>Sign-out, and sign-in through the optional external identity provider.</summary>
public static class AccountEndpoints
{
    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();

        // A form post: the antiforgery token is checked, so another site cannot sign a user out.
        account.MapPost("/logout", async (SignInManager<ConcordiaUser> signIn, [FromForm] string? returnUrl) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(LocalUrl.OrHome(returnUrl, "/account/login"));
        }).AllowAnonymous();

        account.MapGet("/external/{scheme}", (string scheme, string? returnUrl, SignInManager<ConcordiaUser> signIn, SecurityOptions settings) =>
        {
            if (!settings.OpenIdConnect.Enabled || scheme != "oidc")
            {
                return Results.NotFound();
            }

            var properties = signIn.ConfigureExternalAuthenticationProperties(scheme, "/account/external-callback?returnUrl=" + Uri.EscapeDataString(LocalUrl.OrHome(returnUrl)));
            return Results.Challenge(properties, [scheme]);
        }).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);

        account.MapGet("/external-callback", ExternalCallbackAsync).AllowAnonymous().RequireRateLimiting(RateLimits.SignIn);
        return app;
    }

    /// <summary>
    /// Matches the provider's verified e-mail to an existing account; accounts are never created from outside claims,
    /// so roles and bindings stay decided in Concordia.
    /// </summary>
    private static async Task<IResult> ExternalCallbackAsync(string? returnUrl, HttpContext http, SignInManager<ConcordiaUser> signIn, UserManager<ConcordiaUser> users)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            return Results.LocalRedirect("/account/login?error=external");
        }

        var signedIn = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        if (!signedIn.Succeeded)
        {
            var email = info.Principal.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value;
            var user = email is null ? null : await users.FindByEmailAsync(email);
            if (user is null || await users.IsLockedOutAsync(user))
            {
                await http.SignOutAsync(IdentityConstants.ExternalScheme);
                return Results.LocalRedirect("/account/login?error=no-account");
            }

            await users.AddLoginAsync(user, info);
            await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        }

        await http.SignOutAsync(IdentityConstants.ExternalScheme);
        return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
    }
}
