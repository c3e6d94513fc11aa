namespace Concordia.Web.Features.Security;

/// <summary>
/// Headers every answer carries. The content security policy allows only the app's own scripts and styles (plus the
/// inline styles Leaflet and Chart.js set), the configured map tile host for images, and same-origin connections
/// (Blazor's WebSocket). The API reference page, which runs its own bundled script, gets its own policy.
/// </summary>
internal static class SecurityHeaders
{
    public static IApplicationBuilder UseConcordiaSecurityHeaders(this IApplicationBuilder app, string? tileUrl)
    {
        var tileHost = Uri.TryCreate(tileUrl?.Replace("{s}", "a", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? $" {uri.Scheme}://{uri.Host}" : string.Empty;
        var appPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
                        $"img-src 'self' data:{tileHost}; font-src 'self'; connect-src 'self'; object-src 'none'; " +
                        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
        const string referencePolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
                                       "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'";
        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api/reference") ? referencePolicy : appPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            }

            await next();
        });
    }
}
