using Concordia.Domain.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concordia.Web.Infrastructure;

/// <summary>
/// The result of a use case shared by the API and the pages: a value, or the reason it failed — broken rules
/// (naming fields), something not found, not allowed, or a conflict with someone else's change.
/// </summary>
public sealed record Outcome<T>(T? Value, IReadOnlyList<DomainError> Errors, string? NotFound = null, string? Forbidden = null, ProblemHttpResult? Conflict = null)
{
    public bool IsSuccess => Errors.Count == 0 && NotFound is null && Forbidden is null && Conflict is null;

    /// <summary>One line for a page to show.</summary>
    public string Message => NotFound ?? Forbidden ?? (Conflict?.ProblemDetails.Detail) ?? string.Join("; ", Errors);

    public static Outcome<T> Ok(T value) => new(value, []);

    public static Outcome<T> Invalid(IReadOnlyList<DomainError> errors) => new(default, errors);

    public static Outcome<T> Invalid(string field, string message) => new(default, [new DomainError(field, message)]);

    public static Outcome<T> Missing(string message) => new(default, [], NotFound: message);

    public static Outcome<T> Refused(string message) => new(default, [], Forbidden: message);

    public static Outcome<T> Conflicting(ProblemHttpResult problem) => new(default, [], Conflict: problem);

    /// <summary>The same failure for another value type.</summary>
    public Outcome<TOther> As<TOther>() => new(default, Errors, NotFound, Forbidden, Conflict);

    /// <summary>The answer an endpoint gives: the value through <paramref name="success"/>, or the matching problem.</summary>
    public Results<TSuccess, ValidationProblem, ProblemHttpResult> ToHttp<TSuccess>(Func<T, TSuccess> success) where TSuccess : IResult =>
        IsSuccess ? success(Value!)
        : Errors.Count > 0 ? ApiProblems.Invalid(Errors)
        : NotFound is not null ? ApiProblems.NotFound(NotFound)
        : Forbidden is not null ? ApiProblems.Forbidden(Forbidden)
        : Conflict!;
}
