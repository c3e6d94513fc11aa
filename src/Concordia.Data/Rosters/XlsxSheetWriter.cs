using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Concordia.Data.Rosters;

/// <summary>
/// Writes one worksheet as a stream of XML (no document tree of the whole sheet in memory): a frozen bold header row,
/// column widths and styles, then the rows. Every text is an inline string, never a formula.
/// </summary>
internal static class XlsxSheetWriter
{
    public static void Write(WorksheetPart part, IReadOnlyList<(string Header, double Width, uint Style)> columns,
        IEnumerable<IReadOnlyList<RosterCellValue>> rows, CancellationToken cancellationToken)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>(["A2"]) })
        { WorkbookViewId = 0 }));
        writer.WriteElement(new Columns(columns.Select((c, i) => new Column
        {
            Min = (uint)(i + 1), Max = (uint)(i + 1), Width = c.Width, CustomWidth = true, Style = c.Style,
        })));
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, columns.Select(c => new RosterCellValue(c.Header)).ToList(), _ => XlsxStyles.Header);
        var number = 1;
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            WriteRow(writer, number, row, i => columns[i].Style);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, int number, IReadOnlyList<RosterCellValue> cells, Func<int, uint> style)
    {
        var rowNumber = number.ToString(CultureInfo.InvariantCulture);
        writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", string.Empty, rowNumber)]);
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var reference = RosterColumns.Letter(i + 1) + rowNumber;
            if (cell.Date is { } date)
            {
                var serial = date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture);
                writer.WriteElement(new Cell(new CellValue(serial)) { CellReference = reference, StyleIndex = XlsxStyles.Date });
            }
            else if (cell.Text.Length > 0)
            {
                var cellStyle = RosterText.StartsLikeFormula(cell.Text) ? XlsxStyles.QuotedText : style(i);
                writer.WriteElement(new Cell(new InlineString(new Text(cell.Text) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    CellReference = reference, DataType = CellValues.InlineString, StyleIndex = cellStyle,
                });
            }
        }

        writer.WriteEndElement();
    }
}
