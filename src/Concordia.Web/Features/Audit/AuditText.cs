using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Concordia.Web.Infrastructure;

namespace Concordia.Web.Features.Audit;

/// <summary>
/// An audit entry in words for the audit page: "Current alert level: vigilance → urgence-attentat" instead of the
/// stored JSON (which stays available on demand and in the CSV export).
/// </summary>
public static class AuditText
{
    /// <summary>"PledgeAccepted" → "Pledge accepted", "code" → "Code".</summary>
    public static string Sentence(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            text.Append(i == 0 ? char.ToUpperInvariant(name[i]).ToString()
                : char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]) ? " " + char.ToLowerInvariant(name[i]) : name[i].ToString());
        }

        return text.ToString();
    }

    /// <summary>The domain's records by name ("Member", "Claim"), whose properties say which value a stored name is.</summary>
    private static readonly Dictionary<string, Type> Records = typeof(Domain.Events.Event).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsPublic: true }).GroupBy(t => t.Name, StringComparer.Ordinal)
        .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<(string Entity, string Field), Type?> FieldTypes = new();

    /// <summary>
    /// One line per changed or summarised field, at most <paramref name="max"/>. A stored value reads in the words of
    /// the field's own type on the entry's record (<paramref name="entityType"/>): a member's "Submitted" is an
    /// accreditation status, a claim's is a claim state.
    /// </summary>
    public static IReadOnlyList<string> Changes(string json, string? entityType = null, int max = 4)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [Value(document.RootElement, null, null)];
            }

            var lines = document.RootElement.EnumerateObject().Select(p =>
                p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("before", out var before) && p.Value.TryGetProperty("after", out var after)
                    ? $"{Sentence(p.Name)}: {Value(before, entityType, p.Name)} → {Value(after, entityType, p.Name)}"
                    : $"{Sentence(p.Name)}: {Value(p.Value, entityType, p.Name)}").ToList();
            return lines.Count <= max ? lines : [.. lines.Take(max), $"and {lines.Count - max} more"];
        }
        catch (JsonException)
        {
            return [json.Length <= 120 ? json : json[..120] + "…"];
        }
    }

    private static string Value(JsonElement value, string? entityType, string? field) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "none",
        JsonValueKind.String => Named(value.GetString() ?? string.Empty, entityType, field),
        JsonValueKind.Array => $"{value.GetArrayLength()} item(s)",
        JsonValueKind.Object => "…",
        _ => value.ToString(),
    };

    /// <summary>A stored name in words: by the field's enum type when the record says it, else by the name alone.</summary>
    private static string Named(string name, string? entityType, string? field)
    {
        var culture = CultureInfo.CurrentUICulture;
        if (entityType is not null && field is not null && FieldType(entityType, field) is { } type && Enum.TryParse(type, name, ignoreCase: false, out var value))
        {
            return Words.Of((Enum)value, culture);
        }

        return Words.OfName(name, culture) ?? Shorten(name);
    }

    private static Type? FieldType(string entityType, string field) => FieldTypes.GetOrAdd((entityType, field), key =>
    {
        var property = Records.TryGetValue(key.Entity, out var record)
            ? record.GetProperty(key.Field, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
            : null;
        var type = property is null ? null : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return type is { IsEnum: true } ? type : null;
    });

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
