using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Concordia.Domain.Common;
using Json.Schema;

namespace Concordia.Data.Scenarios;

/// <summary>
/// Checks a scenario document against docs/schemas/scenario.schema.json (embedded) and words every violation
/// for a person, with the path of the bad element, e.g. <c>sites[12].location.lat: must be between -90 and 90</c>.
/// </summary>
public static partial class ScenarioSchema
{
    private const string ResourceName = "Concordia.Data.Scenarios.scenario.schema.json";

    private static readonly Lazy<(JsonSchema Schema, JsonNode Node)> Loaded = new(Load);

    /// <summary>The schema text, as published in docs/schemas.</summary>
    public static string Text
    {
        get
        {
            using var stream = typeof(ScenarioSchema).Assembly.GetManifestResourceStream(ResourceName)!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    public static IReadOnlyList<DomainError> Validate(JsonElement document)
    {
        var (schema, node) = Loaded.Value;
        var results = schema.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        var errors = new List<DomainError>();
        foreach (var detail in results.Details ?? [])
        {
            foreach (var (keyword, message) in detail.Errors ?? [])
            {
                var path = ToPath(detail.InstanceLocation.ToString());
                var subschema = Resolve(node, detail.SchemaLocation);
                errors.AddRange(Describe(keyword, message, path, subschema));
            }
        }

        return errors.Distinct().ToList();
    }

    /// <summary>Turns a JSON Pointer such as <c>/sites/12/location/lat</c> into <c>sites[12].location.lat</c>.</summary>
    public static string ToPath(string pointer)
    {
        var path = new System.Text.StringBuilder();
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                path.Append('[').Append(segment).Append(']');
            }
            else
            {
                path.Append(path.Length == 0 ? string.Empty : ".").Append(segment);
            }
        }

        return path.Length == 0 ? "(document)" : path.ToString();
    }

    private static IEnumerable<DomainError> Describe(string keyword, string message, string path, JsonNode? subschema)
    {
        switch (keyword)
        {
            case "required":
                foreach (var property in MissingProperties(message))
                {
                    yield return new DomainError(path == "(document)" ? property : $"{path}.{property}", "is required");
                }

                yield break;
            case "" or "false":
                yield return new DomainError(path, "is not a known property");
                yield break;
            case "minimum" or "maximum":
                var min = subschema?["minimum"]?.GetValue<double>();
                var max = subschema?["maximum"]?.GetValue<double>();
                yield return new DomainError(path, (min, max) switch
                {
                    (not null, not null) => $"must be between {min.Value.ToString(CultureInfo.InvariantCulture)} and {max.Value.ToString(CultureInfo.InvariantCulture)}",
                    (not null, null) => $"must be at least {min.Value.ToString(CultureInfo.InvariantCulture)}",
                    (null, not null) => $"must be at most {max.Value.ToString(CultureInfo.InvariantCulture)}",
                    _ => message,
                });
                yield break;
            case "enum":
                var allowed = subschema?["enum"]?.AsArray().Select(v => v?.ToJsonString()) ?? [];
                yield return new DomainError(path, "must be one of " + string.Join(", ", allowed));
                yield break;
            case "const":
                yield return new DomainError(path, $"must be {subschema?["const"]?.ToJsonString()}");
                yield break;
            case "pattern":
                var description = subschema?["description"]?.GetValue<string>();
                yield return new DomainError(path, description is null ? "has not the expected form" : "has not the expected form: " + description);
                yield break;
            case "minItems":
                yield return new DomainError(path, $"must hold at least {subschema?["minItems"]} items");
                yield break;
            case "minLength":
                yield return new DomainError(path, subschema?["minLength"]?.GetValue<int>() == 1 ? "must not be empty" : $"must be at least {subschema?["minLength"]} characters");
                yield break;
            case "maxLength":
                yield return new DomainError(path, $"must be at most {subschema?["maxLength"]} characters");
                yield break;
            case "type":
                yield return new DomainError(path, $"must be of type {subschema?["type"]?.ToJsonString() ?? message}");
                yield break;
            default:
                yield return new DomainError(path, message);
                yield break;
        }
    }

    private static IEnumerable<string> MissingProperties(string message)
    {
        var match = BracketedList().Match(message);
        return match.Success
            ? JsonSerializer.Deserialize<string[]>(match.Value) ?? []
            : [message];
    }

    private static JsonNode? Resolve(JsonNode root, Uri schemaLocation)
    {
        var fragment = Uri.UnescapeDataString(schemaLocation.Fragment.TrimStart('#'));
        JsonNode? current = root;
        foreach (var segment in fragment.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = current switch
            {
                JsonObject obj => obj[segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)],
                JsonArray array when int.TryParse(segment, CultureInfo.InvariantCulture, out var index) && index < array.Count => array[index],
                _ => null,
            };
        }

        return current;
    }

    private static (JsonSchema, JsonNode) Load()
    {
        var text = Text;
        return (JsonSchema.FromText(text), JsonNode.Parse(text)!);
    }

    [GeneratedRegex(@"\[.*\]")]
    private static partial Regex BracketedList();
}
