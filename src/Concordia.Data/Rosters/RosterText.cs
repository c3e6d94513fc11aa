using System.Globalization;
using System.Text;

namespace Concordia.Data.Rosters;

/// <summary>Text helpers shared by the roster reader and writers.</summary>
internal static class RosterText
{
    /// <summary>The characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list).</summary>
    public static bool StartsLikeFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>
    /// A cell as the roster keeps it: the apostrophe that an export put before a formula-like value removed, Unicode
    /// NFC (names typed on some systems arrive decomposed), and surrounding spaces trimmed.
    /// </summary>
    public static string Clean(string raw)
    {
        var text = raw;
        if (text.Length > 1 && text[0] == '\'' && StartsLikeFormula(text[1..]))
        {
            text = text[1..];
        }

        text = text.Trim();
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// A comparison key that ignores case, accents and punctuation, so that "Date de naissance", "date_de_naissance"
    /// and "DATE DE NAISSANCE" are the same header and "Accordée" the same word as "accordee".
    /// </summary>
    public static string Fold(string text, bool keepSpaces = true)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                switch (c)
                {
                    case 'œ' or 'Œ':
                        builder.Append("oe");
                        break;
                    case 'æ' or 'Æ':
                        builder.Append("ae");
                        break;
                    case 'ß':
                        builder.Append("ss");
                        break;
                    default:
                        builder.Append(char.ToLowerInvariant(c));
                        break;
                }
            }
            else
            {
                pendingSpace = keepSpaces;
            }
        }

        return builder.ToString();
    }

    /// <summary>Splits a list cell ("pl:C2;fr:B1", "B, C1") into its trimmed, non-empty items.</summary>
    public static string[] Items(string text, params char[] separators) =>
        text.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
