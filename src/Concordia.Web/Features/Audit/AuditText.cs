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

    /// <summary>One line per changed or summarised field, at most <paramref name="max"/>.</summary>
    public static IReadOnlyList<string> Changes(string json, int max = 4)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [Value(document.RootElement)];
            }

            var lines = document.RootElement.EnumerateObject().Select(p =>
                p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("before", out var before) && p.Value.TryGetProperty("after", out var after)
                    ? $"{Sentence(p.Name)}: {Value(before)} → {Value(after)}"
                    : $"{Sentence(p.Name)}: {Value(p.Value)}").ToList();
            return lines.Count <= max ? lines : [.. lines.Take(max), $"and {lines.Count - max} more"];
        }
        catch (JsonException)
        {
            return [json.Length <= 120 ? json : json[..120] + "…"];
        }
    }

    private static string Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "none",
        JsonValueKind.String => Words.OfName(value.GetString() ?? string.Empty, System.Globalization.CultureInfo.CurrentUICulture) ?? Shorten(value.GetString() ?? string.Empty),
        JsonValueKind.Array => $"{value.GetArrayLength()} item(s)",
        JsonValueKind.Object => "…",
        _ => value.ToString(),
    };

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
