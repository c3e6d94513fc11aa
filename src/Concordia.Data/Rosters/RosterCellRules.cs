using System.Text.RegularExpressions;
using Concordia.Domain.Common;
using Concordia.Domain.Contingents;

namespace Concordia.Data.Rosters;

/// <summary>
/// The rule for each kind of roster cell. Each returns the reason a value is wrong, or null when it is right, so the
/// row parser can place the reason on its cell.
/// </summary>
internal static partial class RosterCellRules
{
    public const int MaxListItems = 30;

    /// <summary>Free text on one line: the characters every path allows (<see cref="TextRules"/>), and a length.</summary>
    public static string? Text(string text, int maxLength)
    {
        if (text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal))
        {
            return "contains a line break; if the rows after this one look wrong, a quote (\") was probably left open";
        }

        return TextRules.Problem(text) ?? (text.Length > maxLength ? $"is {text.Length} characters long; at most {maxLength} are accepted" : null);
    }

    // The forms of people's values are the domain's (PersonValues), so that the API and the forms refuse what a file
    // would; only the length messages are the roster's.
    public static string? Name(string text, int maxLength) => Text(text, maxLength) ?? PersonValues.Name(text);

    public static string? LatinName(string text) => Text(text, 100) ?? PersonValues.LatinName(text);

    public static string? PersonnelNumber(string text) => Text(text, 40) ?? PersonValues.PersonnelNumber(text);

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

    public static string? DocumentNumber(string text) => Text(text, 40) ?? PersonValues.DocumentNumber(text);

    public static string? Phone(string text) => Text(text, 40) ?? PersonValues.Phone(text);

    public static string? Word<T>(string text, IReadOnlyDictionary<string, T> words, string accepted, out T? value)
        where T : struct
    {
        value = words.TryGetValue(RosterText.Fold(text), out var found) ? found : null;
        return value is null ? $"'{text}' is not one of: {accepted}" : null;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^(?<code>[A-Za-z]{2})\s*(:|=|-|\s|\()\s*(?<level>[^)]+?)\s*\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguagePattern();

}
