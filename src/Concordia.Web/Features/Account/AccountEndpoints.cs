using System.Security.Claims;
using Concordia.Data.Identity;
using Concordia.Web.Features.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Concordia.Web.Features.Account;

/// <summary>Sign-out, the choice of language, and sign-in through the optional external identity provider.</summary>
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

        // The reader's language, for everyone (the sign-in page too); a form post with its antiforgery token.
        account.MapPost("/language", (HttpContext http, [FromForm] string? culture, [FromForm] string? returnUrl) =>
            Infrastructure.UiSetup.ChooseLanguage(http, culture, returnUrl)).AllowAnonymous();

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
    /// Matches the provider's verified e-mail (its <c>email_verified</c> claim must be true) to an existing account;
    /// accounts are never created from outside claims, so roles and bindings stay decided in Concordia. The account's
    /// second factor applies as it does to a password: an account with an authenticator is asked for its code.
    /// </summary>
    private static async Task<IResult> ExternalCallbackAsync(string? returnUrl, HttpContext http, SignInManager<ConcordiaUser> signIn, UserManager<ConcordiaUser> users)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            return Results.LocalRedirect("/account/login?error=external");
        }

        var signedIn = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: false);
        if (!signedIn.Succeeded && !signedIn.RequiresTwoFactor && !signedIn.IsLockedOut)
        {
            if (!EmailVerified(info.Principal))
            {
                await http.SignOutAsync(IdentityConstants.ExternalScheme);
                return Results.LocalRedirect("/account/login?error=unverified");
            }

            var email = info.Principal.FindFirst(ClaimTypes.Email)?.Value;
            var user = email is null ? null : await users.FindByEmailAsync(email);
            if (user is null || await users.IsLockedOutAsync(user))
            {
                await http.SignOutAsync(IdentityConstants.ExternalScheme);
                return Results.LocalRedirect("/account/login?error=no-account");
            }

            await users.AddLoginAsync(user, info);
            signedIn = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: false);
        }

        await http.SignOutAsync(IdentityConstants.ExternalScheme);
        return signedIn.Succeeded ? Results.LocalRedirect(LocalUrl.OrHome(returnUrl))
            : signedIn.RequiresTwoFactor ? Results.LocalRedirect("/account/login-2fa?returnUrl=" + Uri.EscapeDataString(LocalUrl.OrHome(returnUrl)))
            : Results.LocalRedirect("/account/login?error=no-account");
    }

    /// <summary>OpenID Connect's <c>email_verified</c>, as providers send it (a JSON boolean, or the text "true").</summary>
    private static bool EmailVerified(ClaimsPrincipal principal) =>
        bool.TryParse(principal.FindFirst("email_verified")?.Value, out var verified) && verified;
}
