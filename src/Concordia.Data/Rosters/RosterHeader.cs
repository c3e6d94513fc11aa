namespace Concordia.Data.Rosters;

/// <summary>
/// The header row of a roster file: which column holds which field, the header names as the file writes them, and
/// the header problems. A header with problems stops the reading, since every row would be misread.
/// </summary>
internal sealed class RosterHeader
{
    private readonly RosterColumn?[] columns;
    private readonly Dictionary<RosterField, int> indexes;
    private readonly Dictionary<RosterField, string> names;

    private RosterHeader(int rowNumber, RosterColumn?[] columns, Dictionary<RosterField, int> indexes,
        Dictionary<RosterField, string> names, RosterLanguage language, List<RosterError> errors)
    {
        RowNumber = rowNumber;
        this.columns = columns;
        this.indexes = indexes;
        this.names = names;
        Language = language;
        Errors = errors;
    }

    public int RowNumber { get; }

    public RosterLanguage Language { get; }

    public IReadOnlyList<RosterError> Errors { get; }

    public int Width => columns.Length;

    public static RosterHeader Read(RawRow row)
    {
        var texts = row.Cells.Select(c => RosterText.Clean(c.Text)).ToArray();
        var width = Array.FindLastIndex(texts, t => t.Length > 0) + 1;
        var columns = new RosterColumn?[width];
        var indexes = new Dictionary<RosterField, int>();
        var names = new Dictionary<RosterField, string>();
        var errors = new List<RosterError>();
        var english = 0;
        var french = 0;
        for (var i = 0; i < width; i++)
        {
            columns[i] = RosterColumns.Find(texts[i]);
            if (columns[i] is not { } column)
            {
                continue;
            }

            var language = RosterColumns.LanguageOf(texts[i], column);
            english += language == RosterLanguage.English ? 1 : 0;
            french += language == RosterLanguage.French ? 1 : 0;
            if (!indexes.TryAdd(column.Field, i))
            {
                errors.Add(new RosterError(row.Number, i + 1, texts[i],
                    $"the column '{column.EnglishName}' ('{column.FrenchName}') appears twice, in columns " +
                    $"{RosterColumns.Letter(indexes[column.Field] + 1)} and {RosterColumns.Letter(i + 1)}; keep one"));
                continue;
            }

            names[column.Field] = texts[i];
        }

        var headerLanguage = french > english ? RosterLanguage.French : RosterLanguage.English;
        if (indexes.Count == 0)
        {
            errors.Clear();
            errors.Add(new RosterError(row.Number, null, null,
                "this is not a roster header: none of its cells names a roster column. The first row must name the columns, " +
                "e.g. 'Personnel number', 'Family name', 'Given name', 'Capability' (or 'Matricule', 'Nom', 'Prénom', 'Capacité')"));
            return new RosterHeader(row.Number, columns, indexes, names, headerLanguage, errors);
        }

        for (var i = 0; i < width; i++)
        {
            if (columns[i] is null && texts[i].Length > 0)
            {
                errors.Add(new RosterError(row.Number, i + 1, texts[i], UnknownColumnMessage(texts[i])));
            }
        }

        foreach (var column in RosterColumns.All.Where(c => c.ColumnRequired && !indexes.ContainsKey(c.Field)))
        {
            errors.Add(new RosterError(row.Number, null, column.Name(headerLanguage),
                $"the required column '{column.Name(headerLanguage)}' is missing"));
        }

        return new RosterHeader(row.Number, columns, indexes, names, headerLanguage, errors);
    }

    public RosterColumn? ColumnAt(int index) => index < columns.Length ? columns[index] : null;

    public int? IndexOf(RosterField field) => indexes.TryGetValue(field, out var index) ? index : null;

    /// <summary>The header of a field as the file writes it, or its name in the file's language when absent.</summary>
    public string NameOf(RosterField field) =>
        names.TryGetValue(field, out var name) ? name : RosterColumns.Get(field).Name(Language);

    private static string UnknownColumnMessage(string header)
    {
        var key = RosterColumns.HeaderKey(header);
        var closest = RosterColumns.All
            .SelectMany(c => new[] { c.EnglishName, c.FrenchName }.Concat(c.Aliases))
            .Select(name => (Name: name, Distance: Distance(key, RosterColumns.HeaderKey(name))))
            .MinBy(p => p.Distance);
        var hint = closest.Distance <= Math.Max(2, key.Length / 4) ? $"; did you mean '{closest.Name}'?" : "; see the template for the accepted column names";
        return $"'{header}' is not a roster column" + hint;
    }

    /// <summary>Edit distance, to suggest the column a misspelt header meant.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
