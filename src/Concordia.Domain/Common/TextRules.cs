using System.Globalization;

namespace Concordia.Domain.Common;

/// <summary>
/// Which characters free text may hold, for every field of every path (forms, API, files). Control characters and
/// invisible format characters (right-to-left overrides, zero-width spaces, byte order marks) are refused: they corrupt
/// exports, badges and partner systems, or make one text look like another. The zero-width joiner and non-joiner are
/// allowed between two letters, where scripts such as Persian and the Indic ones need them. Line breaks and tabs are
/// allowed only in text that may span lines (descriptions, notes).
/// </summary>
public static class TextRules
{
    /// <summary>Why <paramref name="text"/> cannot be stored, or null when every character may be.</summary>
    public static string? Problem(string text, bool multiline = false)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (multiline && c is '\n' or '\r' or '\t')
            {
                continue;
            }

            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                return "contains a line break";
            }

            if (char.IsControl(c) || c == '\uFFFD')
            {
                return $"contains the control character {Show(c)}";
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format && !JoinsLetters(text, i))
            {
                return $"contains {Show(c)}, an invisible character that changes how the text reads";
            }
        }

        return null;
    }

    /// <summary>A character as a message shows it: printable as itself, others as U+XXXX.</summary>
    public static string Show(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c) || c == '\uFFFD' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format
            ? $"U+{(int)c:X4}"
            : $"'{c}'";

    private static bool JoinsLetters(string text, int i) =>
        text[i] is '\u200C' or '\u200D' && i > 0 && i + 1 < text.Length && IsLetterOrMark(text[i - 1]) && IsLetterOrMark(text[i + 1]);

    private static bool IsLetterOrMark(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
