using System.Text.Json;
using Concordia.Planning.Model;

namespace Concordia.Planning.Io;

/// <summary>Reads and writes problem, plan and change files; never throws for bad content, only for I/O it cannot do.</summary>
public static class PlanningFiles
{
    public static LoadResult<PlanningProblem> ParseProblem(string json)
    {
        var parsed = Parse<PlanningProblem>(json);
        if (!parsed.Ok)
        {
            return parsed;
        }

        var errors = ProblemChecker.Check(parsed.Value!);
        return errors.Count == 0 ? parsed : new LoadResult<PlanningProblem>(null, errors);
    }

    public static LoadResult<Plan> ParsePlan(string json) => Parse<Plan>(json);

    public static LoadResult<PlanChange> ParseChange(string json) => Parse<PlanChange>(json);

    public static async Task<LoadResult<PlanningProblem>> ReadProblemAsync(string path, CancellationToken ct) =>
        await ReadAsync(path, ParseProblem, ct).ConfigureAwait(false);

    public static async Task<LoadResult<Plan>> ReadPlanAsync(string path, CancellationToken ct) =>
        await ReadAsync(path, ParsePlan, ct).ConfigureAwait(false);

    public static async Task<LoadResult<PlanChange>> ReadChangeAsync(string path, CancellationToken ct) =>
        await ReadAsync(path, ParseChange, ct).ConfigureAwait(false);

    public static async Task WriteAsync<T>(string path, T value, CancellationToken ct)
    {
        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, value, PlanningJson.Indented, ct).ConfigureAwait(false);
    }

    public static LoadResult<T> Parse<T>(string json)
        where T : class
    {
        try
        {
            var value = JsonSerializer.Deserialize<T>(json, PlanningJson.Options);
            return value is null ? LoadResult<T>.Fail(new InputError("", "the file holds null")) : new LoadResult<T>(value, []);
        }
        catch (JsonException e)
        {
            return LoadResult<T>.Fail(new InputError(CleanPath(e.Path), FirstSentence(e.Message)));
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or ArgumentException or FormatException or OverflowException)
        {
            return LoadResult<T>.Fail(new InputError("", FirstSentence(e.Message)));
        }
    }

    private static async Task<LoadResult<T>> ReadAsync<T>(string path, Func<string, LoadResult<T>> parse, CancellationToken ct)
        where T : class
    {
        if (!File.Exists(path))
        {
            return LoadResult<T>.Fail(new InputError("", $"file not found: {path}"));
        }

        var json = await File.ReadAllTextAsync(path, ct).ConfigureAwait(false);
        return parse(json);
    }

    private static string CleanPath(string? path) =>
        path is null or "$" ? "" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    // The serializer repeats the path and adds internals after the first sentence; the path is reported apart.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
