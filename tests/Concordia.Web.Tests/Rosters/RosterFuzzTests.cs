using Concordia.Data.Rosters;
using FsCheck;
using FsCheck.Fluent;

namespace Concordia.Web.Tests.Rosters;

/// <summary>
/// Damaged roster files, made at random from valid ones: flipped, inserted and removed bytes, and cuts anywhere. The
/// reader must never throw, and every problem it reports must say where it is (a row of the file, or the file).
/// </summary>
public sealed class RosterFuzzTests
{
    private static readonly byte[] ValidCsv = RosterSamples.Csv(RosterSamples.All, RosterLanguage.French).GetAwaiter().GetResult();

    private static readonly byte[] ValidXlsx = RosterSamples.Xlsx(RosterSamples.All).GetAwaiter().GetResult();

    [Fact]
    public void Mutated_csv_bytes_give_a_clean_answer() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll<PositiveInt, byte, byte>((at, value, kind) => Answers(Mutate(ValidCsv, at.Get, value, kind))));

    [Fact]
    public void Truncated_csv_gives_a_clean_answer() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll<PositiveInt>(cut => Answers(ValidCsv[..(cut.Get % ValidCsv.Length)])));

    [Fact]
    public void Mutated_xlsx_bytes_give_a_clean_answer() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll<PositiveInt, byte, byte>((at, value, kind) => Answers(Mutate(ValidXlsx, at.Get, value, kind))));

    [Fact]
    public void Several_mutations_of_xlsx_bytes_give_a_clean_answer() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll<PositiveInt[], byte>((places, value) =>
            Answers(places.Take(8).Aggregate(ValidXlsx, (file, at) => Mutate(file, at.Get, (byte)(value + at.Get), (byte)at.Get)))));

    [Fact]
    public void Truncated_xlsx_gives_a_clean_answer() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll<PositiveInt>(cut => Answers(ValidXlsx[..(cut.Get % ValidXlsx.Length)])));

    [Fact]
    public void Random_text_lines_give_a_clean_answer() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll<string[]>(lines =>
            Answers(System.Text.Encoding.UTF8.GetBytes("Personnel number;Family name;Given name;Capability;Date of birth;Languages\n" +
                                                       string.Join('\n', (lines ?? []).Select(l => l ?? string.Empty))))));

    /// <summary>Flips, replaces, inserts or deletes the byte at a position (kind picks which).</summary>
    private static byte[] Mutate(byte[] file, int at, byte value, byte kind)
    {
        var index = at % file.Length;
        var copy = new List<byte>(file);
        switch (kind % 4)
        {
            case 0:
                copy[index] ^= (byte)(value | 1);
                break;
            case 1:
                copy[index] = value;
                break;
            case 2:
                copy.Insert(index, value);
                break;
            default:
                copy.RemoveAt(index);
                break;
        }

        return [.. copy];
    }

    private static bool Answers(byte[] file)
    {
        var preview = RosterReader.ReadAsync(new MemoryStream(file), "roster", RosterSamples.Options).GetAwaiter().GetResult();
        if (preview.IsValid)
        {
            return preview.Rows.All(r => r.Entry is not null && r.Number >= 2);
        }

        var fileWide = preview.Errors.Where(e => e.Row is null).ToList();
        return preview.Errors.Count > 0
            && preview.Errors.All(e => e.Message.Length > 0 && e.Place.Length > 0)
            && preview.Errors.All(e => e.Row is null or >= 1 && (e.Column is null || e.ColumnLetter is { Length: > 0 }))
            && preview.Rows.All(r => r.Errors.All(e => e.Row == r.Number))
            && (fileWide.Count == 0 || preview.Rows.Count > 0 || preview.Errors.Count == 1);
    }
}
