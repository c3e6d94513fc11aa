using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Concordia.Web.Infrastructure;

/// <summary>
/// Instants in request bodies must carry their UTC offset (<c>2024-07-20T08:00:00+02:00</c> or <c>…Z</c>): a time
/// without one would be read in the server's zone, hours away from what an event's local user meant. Such a value is a
/// 400 naming the field; answers are written as before.
/// </summary>
internal static partial class InstantConverters
{
    public static void AddTo(JsonSerializerOptions options)
    {
        options.Converters.Add(new OffsetConverter());
        options.Converters.Add(new UtcConverter());
    }

    /// <summary>Keeps the OpenAPI schema of instants as the default converters give it (a string in date-time format).</summary>
    public static Task DescribeAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        var instant = Nullable.GetUnderlyingType(type) ?? type;
        if (schema.Type is null && (instant == typeof(DateTime) || instant == typeof(DateTimeOffset)))
        {
            // Query parameters are not read as JSON, and the framework lists a missing one as a plain string.
            var json = context.ParameterDescription is null || context.ParameterDescription.Source == BindingSource.Body;
            schema.Type = instant != type && json ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
            schema.Format = "date-time";
        }

        return Task.CompletedTask;
    }

    private static string Text(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && reader.GetString() is { } text && Offset().IsMatch(text)
            ? text
            : throw new JsonException("An instant needs its UTC offset.");

    [GeneratedRegex(@"T.*(Z|z|[+-]\d{2}(:?\d{2})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Offset();

    private sealed class OffsetConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            _ = Text(ref reader);
            return reader.GetDateTimeOffset();
        }

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    private sealed class UtcConverter : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            _ = Text(ref reader);
            return reader.GetDateTimeOffset().UtcDateTime;
        }

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
