using System.Text.Json;
using Concordia.Data.Scenarios.Format;
using Concordia.Domain.Common;

namespace Concordia.Data.Scenarios;

/// <summary>Reads a scenario file: JSON syntax, then the schema, then the typed records. Every problem is reported.</summary>
public static class ScenarioReader
{
    public static Result<ScenarioFile> Read(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}, column {ex.BytePositionInLine + 1}" : "(document)";
            return Result<ScenarioFile>.Failure(where, "is not valid JSON: " + FirstSentence(ex.Message));
        }

        using (document)
        {
            var errors = ScenarioSchema.Validate(document.RootElement);
            if (errors.Count > 0)
            {
                return Result<ScenarioFile>.Failure(errors);
            }

            var file = document.RootElement.Deserialize<ScenarioFile>(ScenarioJson.Options);
            return file is null ? Result<ScenarioFile>.Failure("(document)", "is empty") : file;
        }
    }

    public static async Task<Result<ScenarioFile>> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return Result<ScenarioFile>.Failure("file", $"'{path}' does not exist");
        }

        return Read(await File.ReadAllTextAsync(path, cancellationToken));
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }
}
