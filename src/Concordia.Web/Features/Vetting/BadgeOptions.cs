namespace Concordia.Web.Features.Vetting;

/// <summary>Badge settings (section <c>Badges</c>).</summary>
public sealed class BadgeOptions
{
    public const string Section = "Badges";

    /// <summary>
    /// The address printed in badges' QR codes, as site commanders' phones reach the app (e.g.
    /// <c>https://concordia.interieur.gouv.fr</c>). When empty, the address of the request that issues the badge.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    public static BadgeOptions From(IConfiguration configuration) => configuration.GetSection(Section).Get<BadgeOptions>() ?? new BadgeOptions();

    public Uri VerificationUrl(Uri requestBase, string token)
    {
        var root = string.IsNullOrWhiteSpace(PublicBaseUrl) ? requestBase.ToString() : PublicBaseUrl;
        return new Uri(root.TrimEnd('/') + "/verify/" + Uri.EscapeDataString(token));
    }
}
