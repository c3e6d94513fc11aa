using System.Text;
using Concordia.Data.Rosters;
using Concordia.Domain.Contingents;
using Microsoft.Extensions.Time.Testing;

namespace Concordia.Web.Tests.Rosters;

/// <summary>Members and roster files for the roster tests, with names in the scripts contingents really use.</summary>
internal static class RosterSamples
{
    public static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Read on 1 July 2026, for an event that ends on 30 August 2026.</summary>
    public static RosterReadOptions Options => new() { Clock = Clock, EventEnd = new DateOnly(2026, 8, 30) };

    public static RosterEntry Polish => new(
        "PL-KGP-004512", "Wiśniewska-Łęcka", "Małgorzata Żaneta", "Aspirant", "Policja", "POL-PATROL",
        [new("pl", LanguageLevel.Native), new("fr", LanguageLevel.B1), new("en", LanguageLevel.B2)],
        ["first aid", "crowd control"], true, WeaponAuthorisation.Requested, ["B", "C1"],
        new DateOnly(1988, 11, 23), "EA1234567", "+48 601 234 567", null);

    public static RosterEntry Greek => new(
        "GR-EL-77031", "Παπαδοπούλου", "Αικατερίνη", "Υπαστυνόμος", "Ελληνική Αστυνομία", "POL-PATROL",
        [new("el", LanguageLevel.Native), new("en", LanguageLevel.C1)],
        [], false, WeaponAuthorisation.NotRequired, ["B"],
        new DateOnly(1990, 2, 14), "ΑΚ 123456", "+30 694 123 4567", null);

    public static RosterEntry Cyrillic => new(
        "BG-MVR-1203", "Иванова", "Мария-Елена", "Инспектор", "МВР", "K9-EXPL",
        [new("bg", LanguageLevel.Native), new("ru", LanguageLevel.C2), new("fr", LanguageLevel.A2)],
        ["explosive search"], false, null, [],
        new DateOnly(1985, 3, 4), "385123456", "+359 88 123 4567",
        new CanineDetails("Шаро", "Малиноа", DetectionSpeciality.Explosives, new DateOnly(2026, 2, 10), "BG01 2345678"));

    public static RosterEntry Arabic => new(
        "QA-MOI-00917", "العبدالله", "محمد", "ملازم أول", "وزارة الداخلية", "LIAISON",
        [new("ar", LanguageLevel.Native), new("en", LanguageLevel.C1), new("fr", LanguageLevel.B2)],
        ["=1+1", "@SUM(A1)"], null, null, ["B", "BE"],
        new DateOnly(1992, 12, 31), "A0123456", "+974 5512 3456", null);

    public static IReadOnlyList<RosterEntry> All => [Polish, Greek, Cyrillic, Arabic];

    public static IReadOnlySet<string> Capabilities => new HashSet<string> { "POL-PATROL", "K9-EXPL", "LIAISON" };

    public static MemoryStream Bytes(string text, Encoding encoding, bool bom)
    {
        var preamble = bom ? encoding.GetPreamble() : [];
        return new MemoryStream([.. preamble, .. encoding.GetBytes(text)]);
    }

    public static Task<RosterPreview> Read(Stream stream, string? name = null, RosterReadOptions? options = null) =>
        RosterReader.ReadAsync(stream, name, options ?? Options, TestContext.Current.CancellationToken);

    public static Task<RosterPreview> ReadText(string text, Encoding? encoding = null, bool bom = false, RosterReadOptions? options = null) =>
        Read(Bytes(text, encoding ?? new UTF8Encoding(false), bom), "roster.csv", options);

    public static async Task<byte[]> Csv(IEnumerable<RosterEntry> entries, RosterLanguage language = RosterLanguage.English)
    {
        using var stream = new MemoryStream();
        await RosterCsvWriter.WriteAsync(stream, entries, language, TestContext.Current.CancellationToken);
        return stream.ToArray();
    }

    public static async Task<byte[]> Xlsx(IEnumerable<RosterEntry> entries, RosterLanguage language = RosterLanguage.English)
    {
        using var stream = new MemoryStream();
        await RosterXlsxWriter.WriteAsync(stream, entries, language, TestContext.Current.CancellationToken);
        return stream.ToArray();
    }

    /// <summary>Fails with every error listed, so a failing test says what the reader complained about.</summary>
    public static void AssertValid(RosterPreview preview)
    {
        Assert.True(preview.IsValid, string.Join(Environment.NewLine, preview.Errors));
    }

    public static RosterError SingleError(RosterPreview preview)
    {
        Assert.False(preview.IsValid);
        return Assert.Single(preview.Errors);
    }
}
