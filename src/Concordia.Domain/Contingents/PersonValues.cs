using System.Globalization;
using System.Text.RegularExpressions;
using Concordia.Domain.Common;

namespace Concordia.Domain.Contingents;

/// <summary>
/// The form of each value that describes a person (names, numbers, phone), one definition for every path: a form, the
/// API and a roster file. Each rule returns why a value is wrong, or null when it is right; lengths are checked apart.
/// </summary>
public static partial class PersonValues
{
    /// <summary>EU driving licence categories (Directive 2006/126/EC), in the order the directive lists them.</summary>
    public static readonly IReadOnlyList<string> LicenceCategories = ["AM", "A1", "A2", "A", "B1", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE"];

    /// <summary>Names in any script: letters and their marks, with the spaces, hyphens, apostrophes and dots names use.</summary>
    public static string? Name(string text)
    {
        if (TextRules.Problem(text) is { } problem)
        {
            return problem;
        }

        foreach (var c in text)
        {
            if (char.IsLetter(c) || c is ' ' or '-' or '\'' or '’' or 'ʼ' or '.' or '\u2010' or '\u00A0' or '\u200C' or '\u200D')
            {
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            return $"contains {TextRules.Show(c)}, which has no place in a name";
        }

        return null;
    }

    /// <summary>A name in Latin letters (with any diacritic), as printed on a badge for a name in another script.</summary>
    public static string? LatinName(string text) =>
        Name(text) ?? (text.Any(c => char.IsLetter(c) && !IsLatin(c))
            ? "must be written in Latin letters, as in the travel document's machine-readable zone (KIM Min-jun)"
            : null);

    /// <summary>The member's number in their own service.</summary>
    public static string? PersonnelNumber(string text) =>
        TextRules.Problem(text) ?? (KeyPattern().IsMatch(text)
            ? null
            : "must be 1 to 40 letters or digits (and '.', '_', '/', '-', spaces), starting with a letter or digit");

    /// <summary>An identity document's (or a dog's passport's) number.</summary>
    public static string? DocumentNumber(string text) =>
        TextRules.Problem(text) ?? (DocumentPattern().IsMatch(text) ? null : "must be 3 to 40 letters and digits (spaces and '-' allowed)");

    /// <summary>An international phone number.</summary>
    public static string? Phone(string text)
    {
        if (TextRules.Problem(text) is { } problem)
        {
            return problem;
        }

        var digits = text.Count(char.IsAsciiDigit);
        return PhonePattern().IsMatch(text) && digits is >= 7 and <= 17
            ? null
            : "must be an international number starting with + or 00 and the country code, e.g. +48 601 234 567";
    }

    /// <summary>
    /// A dog's last rabies vaccination, judged by the event it is deployed to: it cannot lie after
    /// <paramref name="today"/>, and must still be valid (3 years) on the event's last day, whenever the roster is read.
    /// </summary>
    public static string? Vaccination(DateOnly date, DateOnly today, DateOnly eventEnd) =>
        date > today ? "cannot be in the future"
        : date < eventEnd.AddYears(-3)
            ? $"is more than 3 years before the event's last day ({eventEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}); the rabies vaccination would lapse before the event ends"
            : null;

    private static bool IsLatin(char c) => c is <= '\u024F' or >= '\u1E00' and <= '\u1EFF';

    [GeneratedRegex(@"^[\p{L}\p{Nd}][\p{L}\p{Nd}._/ -]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"^[\p{L}\p{Nd}][\p{L}\p{Nd} -]{2,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentPattern();

    [GeneratedRegex(@"^(\+|00)[0-9][0-9 ().\-/]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
