using Microsoft.AspNetCore.Antiforgery;

namespace Concordia.Web.Features.Security;

/// <summary>
/// The API trusts the sign-in cookie for reading only. A request that changes something (any method but GET, HEAD,
/// OPTIONS, TRACE) and is signed by the cookie rather than a bearer token must prove that Concordia's own pages sent
/// it: it must not come from another origin, and it must carry the antiforgery token in the
/// <see cref="HeaderName"/> header, which another site can neither read nor send without the browser asking first.
/// A plain HTML form or multipart post from another site or port therefore gets a 403 and changes nothing.
/// </summary>
public static class CrossSiteRequests
{
    public const string HeaderName = "RequestVerificationToken";

    public static void Configure(AntiforgeryOptions options) => options.HeaderName = HeaderName;

    public static IApplicationBuilder UseCrossSiteRequestCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (NeedsProof(context) && !await ProvesOriginAsync(context))
        {
            await Problems.WriteAsync(context, StatusCodes.Status403Forbidden, "Cross-site request refused",
                "A request signed by the sign-in cookie that changes something must come from Concordia's own pages, with the antiforgery " +
                $"token in the {HeaderName} header. Scripts sign in with a bearer token (POST /api/v1/auth/token).");
            return;
        }

        await next(context);
    });

    private static bool NeedsProof(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api")
        && !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
             || HttpMethods.IsOptions(context.Request.Method) || HttpMethods.IsTrace(context.Request.Method))
        && !context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        && context.User.Identity?.IsAuthenticated == true;

    private static async Task<bool> ProvesOriginAsync(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length > 0 && !string.Equals(origin, $"{context.Request.Scheme}://{context.Request.Host}", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Only the header counts: a token in a form field is what a cross-site form would try, and reading it would
        // mean reading the whole upload first.
        return context.Request.Headers.ContainsKey(HeaderName)
            && await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context);
    }
}
