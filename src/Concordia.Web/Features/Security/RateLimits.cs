using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Concordia.Web.Features.Security;

/// <summary>Limits on sign-in attempts (per client address) and API use (per user): over the limit is a 429 with Retry-After.</summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Api = "api";

    public static void Configure(RateLimiterOptions options, SecurityOptions settings)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(SignIn, http => RateLimitPartition.GetFixedWindowLimiter(Address(http),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.SignInPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        options.AddPolicy(Api, http => RateLimitPartition.GetFixedWindowLimiter(
            http.User.Identity?.IsAuthenticated == true ? "user:" + http.User.Identity.Name : Address(http),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.ApiPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        options.OnRejected = async (context, _) =>
        {
            var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? (int)Math.Ceiling(after.TotalSeconds) : 60;
            context.HttpContext.Response.Headers.RetryAfter = retry.ToString(CultureInfo.InvariantCulture);
            await Problems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                $"Too many requests from you in a short time; try again in {retry} seconds.");
        };
    }

    private static string Address(HttpContext http) => "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
