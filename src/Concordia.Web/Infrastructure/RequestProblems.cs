using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Concordia.Web.Infrastructure;

/// <summary>
/// The 400 for a request the endpoint could not even read, in every environment: it names the field (the JSON path)
/// and says in words what the field takes, read from the endpoint's own request type, never from exception text (which
/// names .NET types).
/// </summary>
internal static partial class RequestProblems
{
    public static ValidationProblemDetails BadJson(HttpContext context, JsonException json)
    {
        var field = Field(json.Path);
        // The exception handler clears the request's endpoint; its feature keeps the one that failed.
        var endpoint = context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint();
        var expected = Expected(endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType, json.Path);
        // The reader's own exceptions (a subclass of JsonException, thrown or wrapped) are syntax errors; any other is a
        // value of the wrong kind.
        var syntax = json.GetType() != typeof(JsonException) || json.InnerException is JsonException;
        var message = expected is not null && field != "(body)" && !syntax
            ? $"must be {expected}"
            : json.LineNumber is { } line
                ? $"is not valid JSON: it is cut short or malformed near line {line + 1}, position {json.BytePositionInLine + 1}"
                : "is not valid JSON";
        return Problem("The request body is not valid JSON for this endpoint", field, message);
    }

    public static ProblemDetails BadRequest(BadHttpRequestException bad)
    {
        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return new ProblemDetails { Status = bad.StatusCode, Title = "Unsupported media type", Detail = "Send the body as JSON (Content-Type: application/json)." };
        }

        var parameter = ParameterName().Match(bad.Message) is { Success: true } match ? match.Groups["name"].Value : null;
        if (parameter is null)
        {
            return new ProblemDetails { Status = bad.StatusCode, Title = "Bad request", Detail = "The request could not be read." };
        }

        var body = bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase);
        return Problem("The request could not be read", body ? "(body)" : parameter,
            body ? "is required: send the request's JSON body" : bad.Message.Contains("not provided", StringComparison.Ordinal) ? "is required" : "is not valid here");
    }

    private static ValidationProblemDetails Problem(string title, string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = title,
            Detail = $"{field}: {message}",
        };

    private static string Field(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "(body)" : path.TrimStart('$').TrimStart('.');

    /// <summary>What the member at <paramref name="path"/> of <paramref name="type"/> takes, in words; null when unknown.</summary>
    private static string? Expected(Type? type, string? path)
    {
        if (type is null || string.IsNullOrEmpty(path))
        {
            return null;
        }

        foreach (var segment in PathSegment().Matches(path).Select(m => m.Value))
        {
            if (segment.StartsWith('['))
            {
                type = ElementType(type);
            }
            else
            {
                var name = segment.TrimStart('.').Trim('[', ']', '\'');
                type = type?.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
            }

            if (type is null)
            {
                return null;
            }
        }

        return Describe(type);
    }

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[^1]
        : null;

    private static string Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(string) => "text",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => "a whole number",
            _ when type == typeof(double) || type == typeof(decimal) || type == typeof(float) => "a number",
            _ when type == typeof(DateOnly) => "a date such as 2024-07-26",
            _ when type == typeof(TimeOnly) => "a time such as 19:30",
            _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => "a date and time with its UTC offset, such as 2024-07-26T19:30:00+02:00",
            _ when type == typeof(Guid) => "an id such as 0190b3c4-5d6e-7f80-9a1b-2c3d4e5f6a7b",
            { IsEnum: true } => "one of: " + string.Join(", ", Enum.GetNames(type).Select(JsonNamingPolicy.KebabCaseLower.ConvertName)),
            _ when ElementType(type) is not null => "a list",
            _ => "an object",
        };
    }

    [GeneratedRegex(@"\.[^.\[]+|\['[^']*'\]|\[\d+\]")]
    private static partial Regex PathSegment();

    [GeneratedRegex("parameter \"(?:[^\" ]+ )?(?<name>[^\" ]+)\"")]
    private static partial Regex ParameterName();
}
