using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Concordia.Data.Scenarios;

/// <summary>How scenario files are written: camelCase, indented, readable accents, no nulls.</summary>
public static class ScenarioJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Enum members as the file writes them: <c>FanZone</c> is <c>fan-zone</c>.</summary>
    public static string ToCode<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static T FromCode<T>(string code) where T : struct, Enum =>
        Enum.GetValues<T>().First(v => ToCode(v) == code);
}
