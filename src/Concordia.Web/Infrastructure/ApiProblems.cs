using Concordia.Domain.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concordia.Web.Infrastructure;

/// <summary>
/// The one place where expected failures become RFC 7807 answers: broken rules are 400 naming each field,
/// unknown ids are 404, conflicts (stale version, code in use, dependent rows) are 409.
/// </summary>
public static class ApiProblems
{
    public static ValidationProblem Invalid(IEnumerable<DomainError> errors)
    {
        var byField = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct().ToArray());
        return TypedResults.ValidationProblem(byField,
            detail: string.Join("; ", byField.Select(p => $"{p.Key}: {string.Join(", ", p.Value)}")),
            title: "The request has invalid fields");
    }

    public static ValidationProblem Invalid(string field, string message) => Invalid([new DomainError(field, message)]);

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: detail);

    public static ProblemHttpResult Conflict(string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail, extensions: extensions);

    /// <summary>The answer when a client sends a version that is no longer the stored one.</summary>
    public static ProblemHttpResult StaleVersion(string what, int sent, int current) =>
        Conflict($"{what} was changed by someone else (you sent version {sent}, the current version is {current}); reload it and apply your change again.",
            new Dictionary<string, object?> { ["currentVersion"] = current });
}
