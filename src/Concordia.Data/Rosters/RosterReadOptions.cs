namespace Concordia.Data.Rosters;

/// <summary>
/// Limits and context for reading one roster file. The limits bound the memory and time an upload can take; the
/// defaults leave room for the largest contingents (Paris 2024 asked 46 countries for about 2,185 officers).
/// </summary>
public sealed record RosterReadOptions
{
    public static RosterReadOptions Default { get; } = new();

    /// <summary>Largest accepted file, in bytes. A 2,500-member roster is well under 1 MiB in either format.</summary>
    public long MaxBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Most data rows (members) accepted in one file.</summary>
    public int MaxRows { get; init; } = 10_000;

    /// <summary>At most this many errors are listed; past it the preview says that more were found.</summary>
    public int MaxErrors { get; init; } = 1_000;

    /// <summary>
    /// The Windows code page to prefer when a CSV file is neither UTF-8 nor UTF-16, typically the one of the
    /// liaison's country (<see cref="RosterEncodings.LegacyCodePageFor"/>). Without it the code page is guessed among
    /// 1250, 1251, 1252 and 1253.
    /// </summary>
    public int? LegacyCodePage { get; init; }

    /// <summary>
    /// The letters beyond ASCII of the liaison's language (<see cref="RosterEncodings.LettersFor"/>): between code pages
    /// that read a CSV file as words, the one giving these letters, or else the common Western ones, is chosen.
    /// </summary>
    public string? CountryLetters { get; init; }

    /// <summary>
    /// The text encoding the liaison chose for a CSV file (a key of <see cref="RosterEncodings.Choices"/>), instead of
    /// the detected one; an XLSX workbook ignores it.
    /// </summary>
    public string? Encoding { get; init; }

    /// <summary>The event's capability codes; when given, a code not in the set is an error on its cell.</summary>
    public IReadOnlySet<string>? CapabilityCodes { get; init; }

    /// <summary>
    /// The last day of the event the roster is for: a dog's rabies vaccination must still be valid on it. Without it
    /// (a file read on its own), today stands in.
    /// </summary>
    public DateOnly? EventEnd { get; init; }

    /// <summary>Tells today's date, for dates that cannot be in the future.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
