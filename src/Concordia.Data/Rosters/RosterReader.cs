using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Concordia.Data.Rosters;

/// <summary>
/// Reads a roster file as liaisons send it (CSV in any usual encoding and delimiter, or XLSX) into a preview: every
/// row parsed, every problem placed on its row and column. It never throws for what is in the file: a file that
/// cannot be read at all (empty, damaged, too large, not a roster) gives a preview with one error saying why.
/// </summary>
public static class RosterReader
{
    private const int ChunkSize = 81_920;

    /// <param name="content">The uploaded file; read once, never past <see cref="RosterReadOptions.MaxBytes"/>.</param>
    /// <param name="fileName">The uploaded file's name, if known; the format is decided by the content, the name only sharpens messages.</param>
    /// <param name="options">Limits and context; <see cref="RosterReadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops reading between chunks and rows.</param>
    public static async Task<RosterPreview> ReadAsync(Stream content, string? fileName = null, RosterReadOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        options ??= RosterReadOptions.Default;
        var bytes = await ReadBoundedAsync(content, options.MaxBytes, cancellationToken);
        if (bytes is null)
        {
            var size = content.CanSeek ? $" ({Size(content.Length)})" : string.Empty;
            return RosterPreview.Unreadable(null,
                $"the file is larger than the {Size(options.MaxBytes)} a roster may be{size}; check that it is the roster, or split it into smaller files");
        }

        if (bytes.Length == 0)
        {
            return RosterPreview.Unreadable(null, "the file is empty");
        }

        var named = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        return bytes.AsSpan() switch
        {
            [0x50, 0x4B, 0x03 or 0x05, 0x04 or 0x06, ..] => ReadXlsx(bytes, options, cancellationToken),
            [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, ..] => RosterPreview.Unreadable(RosterFileFormat.Xlsx,
                "this is an Excel 97-2003 workbook (.xls) or a password-protected workbook; save it as an Excel workbook (.xlsx) without a password, or as CSV UTF-8"),
            [0x25, 0x50, 0x44, 0x46, ..] => RosterPreview.Unreadable(null, "this is a PDF document, not a roster; upload the roster as .xlsx or .csv"),
            _ when named is ".xlsx" or ".xlsm" => RosterPreview.Unreadable(RosterFileFormat.Xlsx,
                "the file is named .xlsx but is not an Excel workbook; it may be damaged or cut short. Save it again from the spreadsheet and upload it again"),
            _ => ReadCsv(bytes, options, cancellationToken),
        };
    }

    private static RosterPreview ReadCsv(byte[] bytes, RosterReadOptions options, CancellationToken cancellationToken)
    {
        var decoded = options.Encoding is { } chosen
            ? RosterTextDecoder.TryDecodeAs(bytes, chosen, out var text, out var encoding, out var error)
            : RosterTextDecoder.TryDecode(bytes, options.LegacyCodePage, options.CountryLetters, out text, out encoding, out error);
        if (!decoded)
        {
            return RosterPreview.Unreadable(RosterFileFormat.Csv, error);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return RosterPreview.Unreadable(RosterFileFormat.Csv, "the file is empty");
        }

        var delimiter = CsvRowSource.DetectDelimiter(text);
        var sheet = new RosterSheetParser(options);
        foreach (var row in CsvRowSource.Rows(text, delimiter))
        {
            if (row.Number % 256 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!sheet.Accept(row))
            {
                break;
            }
        }

        return sheet.Finish(RosterFileFormat.Csv, encoding, delimiter);
    }

    private static RosterPreview ReadXlsx(byte[] bytes, RosterReadOptions options, CancellationToken cancellationToken)
    {
        var sheet = new RosterSheetParser(options);
        string? error;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            error = XlsxRowSource.Read(stream, sheet.Accept, cancellationToken);
        }
        catch (XmlException e) when (e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            return RosterPreview.Unreadable(RosterFileFormat.Xlsx,
                $"the workbook holds more data than a roster can (over {XlsxRowSource.MaxCharactersInPart:N0} characters in one part); check that it is the roster, or split it");
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or XmlException or FormatException
                                      or InvalidOperationException or ArgumentException)
        {
            // A damaged upload fails somewhere in the ZIP, package or XML layers, each with its own exception type
            // (FileFormatException, XmlException and InvalidDataException above all, as fuzzing shows); to the user
            // they all mean the same thing.
            return RosterPreview.Unreadable(RosterFileFormat.Xlsx,
                "the workbook is damaged or cut short and cannot be read; open it in the spreadsheet, save it as .xlsx again and upload it again");
        }

        if (error is not null)
        {
            return RosterPreview.Unreadable(RosterFileFormat.Xlsx, error);
        }

        var preview = sheet.Finish(RosterFileFormat.Xlsx, null, null);
        return preview;
    }

    /// <summary>The whole stream, or null as soon as it proves longer than the limit (never reading much past it).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        if (content.CanSeek && content.Length - content.Position > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024
            ? (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MiB"
            : (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KiB";
}
