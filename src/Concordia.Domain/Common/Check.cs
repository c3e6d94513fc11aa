using System.Text.RegularExpressions;

namespace Concordia.Domain.Common;

/// <summary>Collects rule violations so that a user sees every problem at once, not only the first.</summary>
public sealed partial class Check
{
    private readonly List<DomainError> errors = [];

    public IReadOnlyList<DomainError> Errors => errors;

    public bool Failed => errors.Count > 0;

    public Check That(bool condition, string field, string message)
    {
        if (!condition)
        {
            errors.Add(new DomainError(field, message));
        }

        return this;
    }

    public Check Add(IEnumerable<DomainError> more)
    {
        errors.AddRange(more);
        return this;
    }

    public Check Code(string? code, string field) =>
        That(code is not null && CodePattern().IsMatch(code), field,
            "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");

    /// <summary>Required text on one line (a name, a title, a place), with the characters <see cref="TextRules"/> allows.</summary>
    public Check Name(string? name, string field, int maxLength = 200) =>
        That(!string.IsNullOrWhiteSpace(name), field, "is required")
            .That(name is null || name.Length <= maxLength, field, $"must be at most {maxLength} characters")
            .Rule(name, field, t => TextRules.Problem(t));

    /// <summary>Optional text on one line, with the characters <see cref="TextRules"/> allows.</summary>
    public Check Optional(string? text, string field, int maxLength) =>
        That(text is null || text.Length <= maxLength, field, $"must be at most {maxLength} characters")
            .Rule(text, field, t => TextRules.Problem(t));

    /// <summary>Text that may span lines (a description, a note, a reason); <paramref name="required"/> when it must be given.</summary>
    public Check Paragraph(string? text, string field, int maxLength, bool required = false) =>
        That(!required || !string.IsNullOrWhiteSpace(text), field, "is required")
            .That(text is null || text.Length <= maxLength, field, $"must be at most {maxLength} characters")
            .Rule(text, field, t => TextRules.Problem(t, multiline: true));

    /// <summary>Applies <paramref name="rule"/> to a given value (trimmed); blank or missing values are left to the other checks.</summary>
    public Check Rule(string? value, string field, Func<string, string?> rule) =>
        string.IsNullOrWhiteSpace(value) || rule(value.Trim()) is not { } problem ? this : That(false, field, problem);

    public Result<T> ToResult<T>(Func<T> create) => Failed ? Result<T>.Failure(errors) : Result<T>.Success(create());

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex CodePattern();
}
