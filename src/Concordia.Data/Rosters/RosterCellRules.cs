using System.Globalization;
using System.Text.RegularExpressions;
using Concordia.Domain.Contingents;

namespace Concordia.Data.Rosters;

/// <summary>
/// The rule for each kind of roster cell. Each returns the reason a value is wrong, or null when it is right, so the
/// row parser can place the reason on its cell.
/// </summary>
internal static partial class RosterCellRules
{
    public const int MaxListItems = 30;

    public static string? Text(string text, int maxLength)
    {
        if (RosterText.ForbiddenCharacter(text) is { } c)
        {
            return c is '\n' or '\r'
                ? "contains a line break; if the rows after this one look wrong, a quote (\") was probably left open"
                : $"contains the control character {RosterText.Show(c)}";
        }

        return text.Length > maxLength ? $"is {text.Length} characters long; at most {maxLength} are accepted" : null;
    }

    /// <summary>Names in any script: letters and their marks, with the spaces, hyphens, apostrophes and dots names use.</summary>
    public static string? Name(string text, int maxLength)
    {
        if (Text(text, maxLength) is { } error)
        {
            return error;
        }

        foreach (var c in text)
        {
            if (char.IsLetter(c) || c is ' ' or '-' or '\'' or '’' or 'ʼ' or '.' or '\u2010' or '\u00A0')
            {
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                || c is '\u200C' or '\u200D')
            {
                continue;
            }

            return $"contains {RosterText.Show(c)}, which has no place in a name";
        }

        return null;
    }

    /// <summary>A name in Latin letters (with any diacritic), as printed on a badge for a name in another script.</summary>
    public static string? LatinName(string text)
    {
        if (Name(text, 100) is { } error)
        {
            return error;
        }

        return text.Any(c => char.IsLetter(c) && !IsLatin(c))
            ? "must be written in Latin letters, as in the travel document's machine-readable zone (KIM Min-jun)"
            : null;
    }

    private static bool IsLatin(char c) => c is <= '\u024F' or >= '\u1E00' and <= '\u1EFF';

    public static string? PersonnelNumber(string text) =>
        Text(text, 40) ?? (KeyPattern().IsMatch(text) ? null : "must be 1 to 40 letters or digits (and '.', '_', '/', '-', spaces), starting with a letter or digit");

    public static string? CapabilityCode(string text, IReadOnlySet<string>? known, out string code)
    {
        code = text;
        if (!CodePattern().IsMatch(text))
        {
            return "must be a capability code: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";
        }

        if (known is null || known.Contains(text))
        {
            return null;
        }

        if (known.FirstOrDefault(k => string.Equals(k, text, StringComparison.OrdinalIgnoreCase)) is { } spelled)
        {
            code = spelled;
            return null;
        }

        var sample = string.Join(", ", known.Order(StringComparer.Ordinal).Take(12));
        return $"'{text}' is not a capability of this event; known codes: {sample}{(known.Count > 12 ? ", ..." : string.Empty)}";
    }

    public static string? Languages(string text, out List<LanguageSkill> languages)
    {
        languages = [];
        var items = RosterText.Items(text, ';', ',');
        if (items.Length > MaxListItems)
        {
            return $"lists {items.Length} languages; at most {MaxListItems} are accepted";
        }

        foreach (var item in items)
        {
            var match = LanguagePattern().Match(item);
            if (!match.Success)
            {
                return $"'{item}' is not a language with its level; write the ISO 639-1 code, ':' and the level, e.g. pl:native;fr:B1;en:B2";
            }

            var code = match.Groups["code"].Value.ToLowerInvariant();
            if (!IsoLanguageCodes.All.Contains(code))
            {
                return $"'{code}' is not an ISO 639-1 language code (two letters, e.g. en, fr, pl, el, ru, ar)";
            }

            if (!RosterVocabulary.Levels.TryGetValue(RosterText.Fold(match.Groups["level"].Value), out var level))
            {
                return $"'{match.Groups["level"].Value.Trim()}' is not a level; use A1, A2, B1, B2, C1, C2 or native";
            }

            if (languages.Any(l => l.Code == code))
            {
                return $"lists '{code}' twice";
            }

            languages.Add(new LanguageSkill(code, level));
        }

        return null;
    }

    public static string? Skills(string text, out List<string> skills)
    {
        skills = [];
        var items = RosterText.Items(text, ';');
        if (items.Length > MaxListItems)
        {
            return $"lists {items.Length} skills; at most {MaxListItems} are accepted";
        }

        foreach (var item in items)
        {
            if (item.Length > 100)
            {
                return $"a skill is {item.Length} characters long; at most 100 are accepted";
            }

            if (!skills.Contains(item, StringComparer.OrdinalIgnoreCase))
            {
                skills.Add(item);
            }
        }

        return null;
    }

    public static string? DrivingLicence(string text, out List<string> categories)
    {
        categories = [];
        if (RosterVocabulary.NoLicence.Contains(RosterText.Fold(text)))
        {
            return null;
        }

        foreach (var item in RosterText.Items(text, ';', ',', ' ', '/'))
        {
            var category = item.ToUpperInvariant().Replace("+", string.Empty, StringComparison.Ordinal);
            if (!RosterVocabulary.LicenceCategories.Contains(category))
            {
                return $"'{item}' is not an EU driving licence category; use {string.Join(", ", RosterVocabulary.LicenceCategories)}, separated by ';'";
            }

            if (!categories.Contains(category))
            {
                categories.Add(category);
            }
        }

        categories.Sort((a, b) => IndexOf(a).CompareTo(IndexOf(b)));
        return null;

        static int IndexOf(string category) => Array.IndexOf(RosterVocabulary.LicenceCategories, category);
    }

    public static string? DocumentNumber(string text) =>
        Text(text, 40) ?? (DocumentPattern().IsMatch(text) ? null : "must be 3 to 40 letters and digits (spaces and '-' allowed)");

    public static string? Phone(string text)
    {
        if (Text(text, 40) is { } error)
        {
            return error;
        }

        var digits = text.Count(char.IsAsciiDigit);
        return PhonePattern().IsMatch(text) && digits is >= 7 and <= 17
            ? null
            : "must be an international number starting with + or 00 and the country code, e.g. +48 601 234 567";
    }

    public static string? Word<T>(string text, IReadOnlyDictionary<string, T> words, string accepted, out T? value)
        where T : struct
    {
        value = words.TryGetValue(RosterText.Fold(text), out var found) ? found : null;
        return value is null ? $"'{text}' is not one of: {accepted}" : null;
    }

    [GeneratedRegex(@"^[\p{L}\p{Nd}][\p{L}\p{Nd}._/ -]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^(?<code>[A-Za-z]{2})\s*(:|=|-|\s|\()\s*(?<level>[^)]+?)\s*\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguagePattern();

    [GeneratedRegex(@"^[\p{L}\p{Nd}][\p{L}\p{Nd} -]{2,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentPattern();

    [GeneratedRegex(@"^(\+|00)[0-9][0-9 ().\-/]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
