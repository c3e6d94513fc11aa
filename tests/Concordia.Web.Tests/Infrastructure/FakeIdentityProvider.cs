using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Web.Tests.Infrastructure;

/// <summary>
/// What an OpenID Connect provider leaves behind after a successful sign-in there: the external sign-in cookie with the
/// provider's claims. <c>GET /test/external-sign-in?sub=…&amp;email=…&amp;verified=true|false</c> sets it, so that a
/// test can follow the app's own callback (<c>/account/external-callback</c>) without a provider on the network.
/// </summary>
public sealed class FakeIdentityProvider : IStartupFilter
{
    public static void AddTo(IServiceCollection services) => services.AddSingleton<IStartupFilter, FakeIdentityProvider>();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        // Not app.Map: it would move the path base, and the cookie's path with it.
        app.Use(async (context, proceed) =>
        {
            if (context.Request.Path != "/test/external-sign-in")
            {
                await proceed(context);
                return;
            }

            var query = context.Request.Query;
            var identity = new ClaimsIdentity([
                new Claim(ClaimTypes.NameIdentifier, query["sub"].ToString()),
                new Claim(ClaimTypes.Email, query["email"].ToString()),
                new Claim("email_verified", query["verified"].ToString()),
            ], "oidc");
            var properties = new AuthenticationProperties { Items = { ["LoginProvider"] = "oidc" } };
            await context.SignInAsync(IdentityConstants.ExternalScheme, new ClaimsPrincipal(identity), properties);
        });
        next(app);
    };
}
