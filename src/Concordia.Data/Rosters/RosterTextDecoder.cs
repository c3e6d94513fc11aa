using System.Globalization;
using System.Text;

namespace Concordia.Data.Rosters;

/// <summary>
/// Finds the text encoding of a CSV roster as liaisons' tools write them: a byte order mark (UTF-8, UTF-16, UTF-32)
/// decides; otherwise text with a NUL in every other byte is UTF-16 without a mark (NUL bytes are valid UTF-8, so this
/// comes first); valid UTF-8 is UTF-8; anything else is a Windows code page: among the country's own and 1252, 1250,
/// 1251 and 1253, the one whose decoding reads most like names and words, and gives the liaison's own letters or the
/// common Western ones; the country's own on a tie. A liaison who sees wrong letters chooses the encoding instead.
/// </summary>
internal static class RosterTextDecoder
{
    private static readonly int[] LegacyCandidates = [1252, 1250, 1251, 1253];

    // Letters of French, German, Spanish, Italian and Portuguese names, which any contingent may hold.
    private const string Western = "àâäçéèêëîïôöùûüÿñáíóúãõœßÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÑÁÍÓÚÃÕŒ";

    private const string Vowels = "αεηιουωάέήίόύώϊϋΐΰΑΕΗΙΟΥΩΆΈΉΊΌΎΏаеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ";

    static RosterTextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes with the encoding the liaison chose (a key of <see cref="RosterEncodings.Choices"/>), skipping its byte order mark.</summary>
    public static bool TryDecodeAs(byte[] bytes, string key, out string text, out string encodingName, out string error)
    {
        text = string.Empty;
        error = string.Empty;
        var choice = RosterEncodings.Choices.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase));
        encodingName = choice.Name ?? key;
        Encoding? encoding = choice.Key?.ToLowerInvariant() switch
        {
            null => null,
            "utf-8" => new UTF8Encoding(false, true),
            "utf-16le" => new UnicodeEncoding(false, false, true),
            "utf-16be" => new UnicodeEncoding(true, false, true),
            var name => Encoding.GetEncoding(name),
        };
        if (encoding is null)
        {
            error = $"'{key}' is not an encoding the roster reader knows; choose one of {string.Join(", ", RosterEncodings.Choices.Select(c => c.Key))}";
            return false;
        }

        ReadOnlySpan<byte> mark = encoding switch
        {
            UTF8Encoding => [0xEF, 0xBB, 0xBF],
            UnicodeEncoding when choice.Key == "utf-16be" => [0xFE, 0xFF],
            UnicodeEncoding => [0xFF, 0xFE],
            _ => [],
        };
        var span = bytes.AsSpan();
        if (mark.Length > 0 && span.StartsWith(mark))
        {
            span = span[mark.Length..];
        }

        if (Strict(encoding, span, out text))
        {
            return true;
        }

        error = $"the file is not valid {encodingName}; choose another encoding, or let the reader detect it";
        return false;
    }

    public static bool TryDecode(byte[] bytes, int? preferredCodePage, string? countryLetters, out string text, out string encodingName, out string error)
    {
        text = string.Empty;
        encodingName = string.Empty;
        error = string.Empty;
        var span = bytes.AsSpan();
        (Encoding? bom, int skip, string name) = span switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false, true), 3, "UTF-8 with BOM"),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(false, false, true), 4, "UTF-32 LE with BOM"),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(false, false, true), 2, "UTF-16 LE with BOM"),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(true, false, true), 2, "UTF-16 BE with BOM"),
            _ => ((Encoding?)null, 0, string.Empty),
        };
        if (bom is not null)
        {
            if (Strict(bom, span[skip..], out text))
            {
                encodingName = name;
                return true;
            }

            error = $"the file starts with a {name.Replace(" with BOM", string.Empty, StringComparison.Ordinal)} byte order mark but its content is not valid {name.Replace(" with BOM", string.Empty, StringComparison.Ordinal)}; save it again as CSV UTF-8";
            return false;
        }

        if (Utf16WithoutMark(span) is { } utf16 && Strict(utf16.Encoding, span, out text))
        {
            encodingName = utf16.Name;
            return true;
        }

        if (Strict(new UTF8Encoding(false, true), span, out text))
        {
            encodingName = "UTF-8";
            return true;
        }

        if (span.Contains((byte)0))
        {
            error = "the file is not a CSV or XLSX roster (it holds binary data); save the roster as CSV UTF-8 or as an Excel workbook (.xlsx)";
            return false;
        }

        var candidates = preferredCodePage is { } preferred ? LegacyCandidates.Prepend(preferred).Distinct() : LegacyCandidates;
        var best = candidates
            .Select(codePage => (CodePage: codePage, Text: Encoding.GetEncoding(codePage).GetString(bytes)))
            .Select(c => (c.CodePage, c.Text, Score: Plausibility(c.Text) + Familiarity(c.Text, countryLetters)))
            .Aggregate((a, b) => b.Score > a.Score ? b : a);
        text = best.Text;
        encodingName = $"Windows-{best.CodePage.ToString(CultureInfo.InvariantCulture)}";
        return true;
    }

    /// <summary>How familiar the letters beyond ASCII are: the liaison's own count most, the common Western ones half.</summary>
    private static double Familiarity(string text, string? countryLetters)
    {
        if (countryLetters is null)
        {
            return 0;
        }

        var score = 0.0;
        foreach (var c in text)
        {
            score += c < 0x80 || !char.IsLetter(c) ? 0 : countryLetters.Contains(c) ? 1 : Western.Contains(c) ? 0.5 : 0;
        }

        return score;
    }

    private static bool Strict(Encoding encoding, ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    private static (Encoding Encoding, string Name)? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        var length = Math.Min(bytes.Length, 4096) & ~1;
        var sample = bytes[..length];
        if (sample.Length < 4)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        return oddZeros * 10 > pairs * 6 && evenZeros * 10 < pairs ? (new UnicodeEncoding(false, false, true), "UTF-16 LE")
            : evenZeros * 10 > pairs * 6 && oddZeros * 10 < pairs ? (new UnicodeEncoding(true, false, true), "UTF-16 BE")
            : null;
    }

    /// <summary>
    /// How much a decoding reads like text: undefined bytes and symbols inside words cost, words in one script
    /// earn, and Latin words made mostly of accented letters (Cyrillic or Greek read with a Latin code page) cost.
    /// </summary>
    private static double Plausibility(string text)
    {
        var score = 0.0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetter(c))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0)
            {
                score += WordScore(text.AsSpan(start, i - start));
                start = -1;
            }

            if (c >= 0x80)
            {
                var inWord = i > 0 && char.IsLetter(text[i - 1]) || i + 1 < text.Length && char.IsLetter(text[i + 1]);
                score -= char.IsControl(c) ? 5 : inWord ? 3 : 0.5;
            }
        }

        return score;
    }

    private static double WordScore(ReadOnlySpan<char> word)
    {
        int ascii = 0, latin = 0, greek = 0, cyrillic = 0, other = 0;
        foreach (var c in word)
        {
            if (c < 0x80)
            {
                ascii++;
            }
            else if (c <= 0x24F)
            {
                latin++;
            }
            else if (c is >= '\u0370' and <= '\u03FF')
            {
                greek++;
            }
            else if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
            }
            else
            {
                other++;
            }
        }

        var scripts = (ascii + latin > 0 ? 1 : 0) + (greek > 0 ? 1 : 0) + (cyrillic > 0 ? 1 : 0) + (other > 0 ? 1 : 0);
        if (scripts > 1)
        {
            return -3.0 * (word.Length - ascii);
        }

        if (ascii == word.Length)
        {
            return 0;
        }

        if (latin > 0)
        {
            return latin * 2 > word.Length ? -2.0 * latin : latin;
        }

        if (other > 0)
        {
            return -1.0 * word.Length;
        }

        // A final sigma inside a Greek word, or a soft or hard sign starting a Cyrillic one, is a misreading; so is a
        // word with hardly any vowels, which is what Greek read as Cyrillic (and the reverse) mostly gives.
        var misplaced = greek > 0 && word[..^1].Contains('ς') || cyrillic > 0 && word[0] is 'ь' or 'ъ' or 'ы' or 'Ь' or 'Ъ' or 'Ы';
        if (misplaced)
        {
            return -1.0 * word.Length;
        }

        if (word.Length < 3)
        {
            return 0.5 * word.Length;
        }

        var vowels = 0;
        foreach (var c in word)
        {
            vowels += Vowels.Contains(c) ? 1 : 0;
        }

        var ratio = (double)vowels / word.Length;
        return ratio is >= 0.2 and <= 0.75 ? 1.2 * word.Length : -1.0 * word.Length;
    }
}
