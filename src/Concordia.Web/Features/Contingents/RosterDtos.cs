using Concordia.Data.Contingents;
using Concordia.Data.Rosters;

namespace Concordia.Web.Features.Contingents;

/// <summary>A problem in a roster file: row (null for the whole file), column number, letter and header, and what to do.</summary>
public sealed record RosterErrorDto(int? Row, int? Column, string? ColumnLetter, string? ColumnName, string Message, string Place)
{
    public static RosterErrorDto From(RosterError e) => new(e.Row, e.Column, e.ColumnLetter, e.ColumnName, e.Message, e.Place);
}

/// <summary>A data row as read: its number, key cells, and its errors.</summary>
public sealed record RosterRowDto(int Row, string? PersonnelNumber, string? FamilyName, string? GivenName, string? Capability, IReadOnlyList<RosterErrorDto> Errors);

/// <summary>
/// How a roster file was read (format, encoding, delimiter, header language), every row with its errors, and, when it
/// has none, what committing it would do. Nothing is written by a preview.
/// </summary>
public sealed record RosterPreviewDto(RosterFileFormat? Format, string? Encoding, string? Delimiter, RosterLanguage? HeaderLanguage, bool Valid,
    int ErrorCount, IReadOnlyList<RosterErrorDto> Errors, IReadOnlyList<RosterRowDto> Rows, RosterPlanDto? Plan)
{
    public static RosterPreviewDto From(RosterPreview preview, RosterImportPlan? plan) =>
        new(preview.Format, preview.Encoding, preview.Delimiter is { } d ? (d == '\t' ? "tab" : d.ToString()) : null, preview.HeaderLanguage, preview.IsValid,
            preview.Errors.Count, [.. preview.Errors.Select(RosterErrorDto.From)],
            [.. preview.Rows.Select(r => new RosterRowDto(r.Number, r.Cells.GetValueOrDefault(RosterField.PersonnelNumber), r.Cells.GetValueOrDefault(RosterField.FamilyName),
                r.Cells.GetValueOrDefault(RosterField.GivenName), r.Cells.GetValueOrDefault(RosterField.Capability), [.. r.Errors.Select(RosterErrorDto.From)]))],
            plan is null ? null : RosterPlanDto.From(plan));
}

/// <summary>
/// What an import does or did, in total and row by row. <see cref="DeclaredArmed"/>: the file's members whose Armed
/// column says yes, the sending country's declaration; it arms nobody until the equipment register holds a weapon of
/// theirs whose authorisation the host granted.
/// </summary>
public sealed record RosterPlanDto(int Created, int Updated, int Unchanged, int SentBackToVetting, int WithoutCommitment, int NotInFile,
    IReadOnlyList<RosterRowPlan> Rows, int UnitsCreated, int DeclaredArmed)
{
    public static RosterPlanDto From(RosterImportPlan plan) =>
        new(plan.Created, plan.Updated, plan.Unchanged, plan.SentBackToVetting, plan.WithoutCommitment, plan.NotInFile, plan.Rows, plan.UnitsCreated,
            plan.DeclaredArmed);
}
