using System.Text;
using Concordia.Data.Rosters;

namespace Concordia.Web.Tests.Rosters;

/// <summary>Files that are not a readable roster get exactly one clear error, fast, without reading them whole.</summary>
public sealed class MalformedRosterTests
{
    [Fact]
    public async Task An_empty_file_is_reported_as_empty()
    {
        Assert.Contains("empty", RosterSamples.SingleError(await RosterSamples.Read(new MemoryStream())).Message, StringComparison.Ordinal);
        Assert.Contains("empty", RosterSamples.SingleError(await RosterSamples.ReadText("\r\n \r\n", new UTF8Encoding(true), bom: true)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_header_without_members_is_reported()
    {
        var error = RosterSamples.SingleError(await RosterSamples.ReadText("Personnel number,Family name,Given name,Capability\r\n"));

        Assert.Contains("no members", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_with_other_columns_is_not_taken_for_a_roster()
    {
        var error = RosterSamples.SingleError(await RosterSamples.ReadText("Date,Amount,Currency\n2024-07-26,1200.50,EUR\n"));

        Assert.Equal((1, null), (error.Row, error.Column));
        Assert.Contains("not a roster header", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_workbook_is_reported_as_damaged()
    {
        var file = await RosterSamples.Xlsx(RosterSamples.All);

        var error = RosterSamples.SingleError(await RosterSamples.Read(new MemoryStream(file[..(file.Length / 2)]), "roster.xlsx"));

        Assert.Null(error.Row);
        Assert.Contains("damaged or cut short", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workbook_without_a_roster_on_its_first_sheet_is_reported()
    {
        var file = TestWorkbook.Build(("Instructions", [["Fill in the second sheet"]]), ("Roster", [["Personnel number", "Family name"]]));

        var error = RosterSamples.SingleError(await RosterSamples.Read(new MemoryStream(file)));

        Assert.Contains("not a roster header", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 }, "roster.csv", "binary data")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }, "roster.xls", "Excel 97-2003")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "roster.pdf", "PDF")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "roster.xlsx", "damaged or cut short")]
    [InlineData(new byte[] { 0x4E, 0x6F, 0x6D, 0x3B, 0x50 }, "roster.xlsx", "not an Excel workbook")]
    public async Task A_file_that_is_not_a_spreadsheet_is_reported_for_what_it_is(byte[] content, string name, string reason)
    {
        var error = RosterSamples.SingleError(await RosterSamples.Read(new MemoryStream(content), name));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_word_document_is_not_taken_for_a_workbook()
    {
        using var stream = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body());
        }

        var error = RosterSamples.SingleError(await RosterSamples.Read(new MemoryStream(stream.ToArray()), "roster.xlsx"));

        Assert.Null(error.Row);
        Assert.Contains(".xlsx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_100_MB_file_is_refused_before_it_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"roster-100mb-{Guid.NewGuid():N}.csv");
        try
        {
            await using (var file = File.Create(path))
            {
                var block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("X-1,Nowak,Jan,POL-PATROL,pl:native,no,,B,1985-01-01\n", 20_000)));
                await file.WriteAsync(Encoding.UTF8.GetBytes("Personnel number,Family name,Given name,Capability\n"), TestContext.Current.CancellationToken);
                while (file.Length < 100L * 1024 * 1024)
                {
                    await file.WriteAsync(block, TestContext.Current.CancellationToken);
                }
            }

            var started = System.Diagnostics.Stopwatch.StartNew();
            await using var upload = File.OpenRead(path);
            var error = RosterSamples.SingleError(await RosterSamples.Read(upload, "roster.csv"));

            Assert.Contains("larger than the 10 MiB", error.Message, StringComparison.Ordinal);
            Assert.Matches(@"\(10[0-9](\.[0-9])? MiB\)", error.Message);
            Assert.Equal(0, upload.Position);
            Assert.True(started.Elapsed < TimeSpan.FromSeconds(1), $"took {started.Elapsed}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_large_upload_that_cannot_tell_its_length_is_cut_off_at_the_limit()
    {
        var options = RosterSamples.Options with { MaxBytes = 1024 * 1024 };
        await using var upload = new EndlessStream();

        var error = RosterSamples.SingleError(await RosterSamples.Read(upload, "roster.csv", options));

        Assert.Contains("larger than the 1 MiB", error.Message, StringComparison.Ordinal);
        Assert.InRange(upload.Served, 1024 * 1024, 1024 * 1024 + 100_000);
    }

    [Fact]
    public async Task More_rows_than_the_limit_give_one_error()
    {
        var options = RosterSamples.Options with { MaxRows = 3 };
        var text = "Personnel number,Family name,Given name,Capability\n" +
                   string.Concat(Enumerable.Range(1, 5).Select(i => $"X-{i},Nowak,Jan,POL-PATROL\n"));

        var error = RosterSamples.SingleError(await RosterSamples.ReadText(text, options: options));

        Assert.Contains("more than 3 members", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workbook_with_more_rows_than_the_limit_gives_one_error()
    {
        var options = RosterSamples.Options with { MaxRows = 100 };
        var file = await RosterSamples.Xlsx(Enumerable.Range(1, 150).Select(i => RosterSamples.Greek with { PersonnelNumber = $"GR-{i}", DocumentNumber = null }));

        var error = RosterSamples.SingleError(await RosterSamples.Read(new MemoryStream(file), "roster.xlsx", options));

        Assert.Contains("more than 100 members", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_small_workbook_that_unpacks_to_a_huge_sheet_is_refused_with_bounded_work()
    {
        var file = TestWorkbook.Build(("Roster",
        [
            ["Personnel number", "Family name", "Given name", "Capability"],
            ["X-1", new string('a', 45_000_000), "Jan", "POL-PATROL"],
        ]));
        Assert.True(file.Length < 1024 * 1024, $"the test workbook is {file.Length} bytes");

        var error = RosterSamples.SingleError(await RosterSamples.Read(new MemoryStream(file), "roster.xlsx"));

        Assert.Contains("more", error.Message, StringComparison.Ordinal);
        Assert.Contains("than a roster can", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_full_of_errors_lists_the_first_ones_and_says_how_many()
    {
        var options = RosterSamples.Options with { MaxErrors = 10 };
        var text = "Personnel number,Family name,Given name,Capability\n" + string.Concat(Enumerable.Range(1, 50).Select(i => $"X-{i},,,\n"));

        var preview = await RosterSamples.ReadText(text, options: options);

        Assert.Equal(11, preview.Errors.Count);
        Assert.Contains("100 problems were found", preview.Errors[^1].Message, StringComparison.Ordinal);
        Assert.Equal(50, preview.Rows.Count);
    }

    [Fact]
    public async Task An_unclosed_quote_is_reported_on_its_row()
    {
        var preview = await RosterSamples.ReadText("Personnel number,Family name,Given name,Capability\nX-1,\"Nowak,Jan,POL-PATROL\nX-2,Kowalski,Piotr,POL-PATROL\n");

        var error = preview.Errors.First();
        Assert.Equal((2, "B"), (error.Row!.Value, error.ColumnLetter));
        Assert.Contains("quote", error.Message, StringComparison.Ordinal);
    }

    /// <summary>An upload whose length is unknown and that never ends, as a hostile client could send.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'x');
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
