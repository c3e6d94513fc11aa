using Concordia.Domain.Capabilities;
using Concordia.Web.Infrastructure;

namespace Concordia.Web.Features.Legal;

/// <summary>
/// The officer type a legal status is for, as routes spell it: <c>all</c> for every officer of the country, or the
/// capability kind in kebab case (<c>patrol-officer</c>, <c>explosive-detection-canine-team</c>).
/// </summary>
public static class OfficerTypes
{
    public const string All = "all";

    public static string Code(CapabilityKind? kind) => kind is { } k ? KebabCase.Of(k) : All;

    public static string Words(CapabilityKind? kind) => kind is { } k ? Infrastructure.Words.Of(k) : "All officers";

    /// <summary>Every code a route may take, "all" first.</summary>
    public static IReadOnlyList<CapabilityKind?> Choices { get; } = [null, .. Enum.GetValues<CapabilityKind>().Cast<CapabilityKind?>()];

    public static bool TryParse(string? code, out CapabilityKind? kind)
    {
        kind = null;
        if (string.Equals(code, All, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var k in Enum.GetValues<CapabilityKind>())
        {
            if (string.Equals(code, KebabCase.Of(k), StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }

        return false;
    }

    public static string Problem => $"must be '{All}' or one of: {string.Join(", ", Enum.GetValues<CapabilityKind>().Select(k => KebabCase.Of(k)))}";
}
