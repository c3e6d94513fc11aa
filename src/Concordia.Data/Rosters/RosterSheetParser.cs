namespace Concordia.Data.Rosters;

/// <summary>
/// Takes the raw rows of a roster file one at a time, whatever the format: the first non-blank row is the header,
/// blank rows are skipped, every other row is parsed into a member. Stops accepting rows at the row limit, and keeps
/// at most the configured number of errors.
/// </summary>
internal sealed class RosterSheetParser(RosterReadOptions options)
{
    private readonly List<RosterRow> rows = [];
    private readonly List<RosterError> errors = [];
    private RosterHeader? header;
    private RosterRowParser? parser;
    private bool tooManyRows;
    private int errorCount;

    /// <summary>Takes the next row; false when reading should stop (a bad header, or the row limit).</summary>
    public bool Accept(RawRow row)
    {
        if (row.IsBlank)
        {
            return true;
        }

        if (header is null)
        {
            header = RosterHeader.Read(row);
            Add(header.Errors);
            parser = new RosterRowParser(header, options);
            return header.Errors.Count == 0;
        }

        if (rows.Count >= options.MaxRows)
        {
            tooManyRows = true;
            return false;
        }

        var parsed = parser!.Parse(row);
        if (row.ColumnBeyondLimit is { } column)
        {
            parsed = parsed with
            {
                Entry = null,
                Errors = [.. parsed.Errors, new RosterError(row.Number, column, null,
                    $"a roster has at most {XlsxRowSource.MaxColumns} columns; this value is beyond them")],
            };
        }

        rows.Add(parsed);
        Add(parsed.Errors);
        return true;
    }

    public RosterPreview Finish(RosterFileFormat format, string? encoding, char? delimiter)
    {
        if (header is null)
        {
            return RosterPreview.Unreadable(format, "the file has no rows; the first row must name the columns and each row after it is a member");
        }

        if (tooManyRows)
        {
            // One clear message instead of a preview of a file that cannot be imported as a whole anyway.
            return new RosterPreview(format, encoding, delimiter, header.Language, [],
                [new RosterError(null, null, null, $"the file has more than {options.MaxRows:N0} members; split it into files of at most {options.MaxRows:N0} rows")]);
        }

        if (header.Errors.Count == 0 && rows.Count == 0)
        {
            errors.Add(new RosterError(null, null, null, $"the file has a header (row {header.RowNumber}) but no members below it"));
        }

        if (errorCount > errors.Count)
        {
            errors.Add(new RosterError(null, null, null,
                $"{errorCount:N0} problems were found; the first {options.MaxErrors:N0} are listed. Fix them and upload the file again"));
        }

        return new RosterPreview(format, encoding, delimiter, header.Language, rows, errors);
    }

    private void Add(IReadOnlyList<RosterError> more)
    {
        errorCount += more.Count;
        errors.AddRange(more.Take(Math.Max(0, options.MaxErrors - errors.Count)));
    }
}
