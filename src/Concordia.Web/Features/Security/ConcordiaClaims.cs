namespace Concordia.Web.Features.Security;

/// <summary>Claim types Concordia adds to a signed-in user for their bindings.</summary>
public static class ConcordiaClaims
{
    public const string Country = "concordia:country";
    public const string Agency = "concordia:agency";
    public const string Site = "concordia:site";
    public const string DisplayName = "concordia:name";
}
