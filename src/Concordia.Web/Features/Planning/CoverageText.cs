using System.Globalization;
using Concordia.Domain.Planning;

namespace Concordia.Web.Features.Planning;

/// <summary>A version's coverage in words, next to its coverage ceiling when one was computed.</summary>
public static class CoverageText
{
    /// <summary>The coverage ceiling as a percentage of the demand units, rounded as coverage is; null when not computed.</summary>
    public static double? CeilingPercent(PlanVersion v) =>
        v.CoverableUnits is not { } c ? null : v.RequiredUnits == 0 ? 100 : Math.Round(100.0 * c / v.RequiredUnits, 3);

    /// <summary>"89.6 % of demand covered; at most 97.2 % coverable" (the second part only when the ceiling is known).</summary>
    public static string Of(PlanVersionDto v) =>
        $"{Percent(v.CoveragePercent)} of demand covered" + (v.CoverageCeilingPercent is { } c ? $"; at most {Percent(c)} coverable" : string.Empty);

    /// <summary>A percentage with one decimal, as the pages show coverage.</summary>
    private static string Percent(double value) => value.ToString("0.0", CultureInfo.CurrentCulture) + " %";
}
