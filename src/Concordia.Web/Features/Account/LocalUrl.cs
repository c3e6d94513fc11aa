namespace Concordia.Web.Features.Account;

/// <summary>Return addresses after sign-in must stay on this site: anything else goes home (no open redirect).</summary>
public static class LocalUrl
{
    public static string OrHome(string? url, string home = "/") =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : home;
}
