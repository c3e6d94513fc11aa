using Concordia.Data;
using Concordia.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Concordia.Web.Features.Security;

public static class SecuritySetup
{
    private const string SmartScheme = "Concordia";

    /// <summary>The name of the session cookie that signing in on the web sets.</summary>
    public const string CookieName = "concordia.auth";

    /// <summary>
    /// Local accounts (ASP.NET Core Identity: PBKDF2 password hashes, lockout, optional authenticator second factor),
    /// cookie sign-in for the pages, bearer tokens for scripts, an optional OpenID Connect provider, every access rule
    /// (<see cref="Policies"/>), the caller's data scope, rate limits and request size limits.
    /// </summary>
    public static WebApplicationBuilder AddConcordiaSecurity(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        if (settings.SessionCheckInterval <= TimeSpan.Zero)
        {
            // Zero would check every open page against its account without pause.
            throw new InvalidOperationException(
                $"Security:SessionCheckInterval must be longer than zero, for example 00:01:00 (one minute); it is {settings.SessionCheckInterval}.");
        }

        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddHttpContextAccessor();

        services.AddConcordiaAccounts(o =>
            {
                // Failed sign-ins are throttled per account and client address (SignInThrottle), never by locking the
                // account: Identity's lockout stays for the locks administrators set.
                o.Lockout.MaxFailedAccessAttempts = int.MaxValue;
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<ClaimsFactory>();

        var authentication = services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or bearer token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null);
        authentication.AddIdentityCookies();
        if (settings.OpenIdConnect.Enabled)
        {
            authentication.AddOpenIdConnect("oidc", settings.OpenIdConnect.DisplayName, o =>
            {
                o.Authority = settings.OpenIdConnect.Authority;
                o.ClientId = settings.OpenIdConnect.ClientId;
                o.ClientSecret = settings.OpenIdConnect.ClientSecret;
                o.ResponseType = "code";
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.Scope.Add("email");
                o.CallbackPath = "/account/external/signin-oidc";
            });
        }

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Events.OnRedirectToLogin = context => IsApi(context.Request)
                ? Problems.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Not signed in",
                    "Sign in first: send a bearer token (POST /api/v1/auth/token) or use the web sign-in.")
                : Redirect(context);
            o.Events.OnRedirectToAccessDenied = context => IsApi(context.Request)
                ? Problems.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Forbidden", "Your roles do not allow this.")
                : Redirect(context);
        });

        // Changed roles or bindings, a lock or a new authenticator key reach signed-in browsers at the next session
        // check (every minute by default): the cookie's at its next request, an open page's on its own.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = settings.SessionCheckInterval);
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, SessionRecheck>();

        // The security headers already forbid framing; the antiforgery default would add a second, weaker header.
        services.AddAntiforgery(o =>
        {
            o.SuppressXFrameOptionsHeader = true;
            CrossSiteRequests.Configure(o);
        });
        services.AddAuthorization(Policies.Configure);
        services.AddSingleton<IAuthorizationHandler, CountryScopeHandler>();
        services.AddSingleton<IAuthorizationHandler, AgencyScopeHandler>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<ApiTokens>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<IDataAccess, CallerAccess>();
        services.AddRateLimiter(o => RateLimits.Configure(o, settings));
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = settings.MaxRequestBodyBytes);
        return builder;
    }

    public static WebApplication UseConcordiaSecurity(this WebApplication app)
    {
        app.UseConcordiaSecurityHeaders(app.Configuration["Map:TileUrl"]);
        app.UseAuthentication();
        app.UseCrossSiteRequestCheck();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static Task Redirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
