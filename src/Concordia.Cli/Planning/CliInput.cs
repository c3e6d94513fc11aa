using System.Globalization;
using Concordia.Cli.Common;
using Concordia.Planning.Io;
using Spectre.Console;

namespace Concordia.Cli.Planning;

/// <summary>Shared input handling: durations like "60s", and input errors printed path first (exit code 2).</summary>
internal static class CliInput
{
    public const int InvalidInput = 2;

    public static TimeSpan? Duration(string text)
    {
        text = text.Trim().ToLowerInvariant();
        var (number, unit) = text.EndsWith("ms", StringComparison.Ordinal) ? (text[..^2], 0.001)
            : text.EndsWith('s') ? (text[..^1], 1.0)
            : text.EndsWith('m') ? (text[..^1], 60.0)
            : text.EndsWith('h') ? (text[..^1], 3600.0)
            : (text, 1.0);
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0
            ? TimeSpan.FromSeconds(v * unit)
            : null;
    }

    public static int Fail(string file, IReadOnlyList<InputError> errors)
    {
        var console = CliConsoles.Error;
        console.MarkupLine($"[red]{Markup.Escape(file)}[/] ({errors.Count} error{(errors.Count == 1 ? "" : "s")}):");
        foreach (var e in errors)
        {
            console.MarkupLine(e.Path.Length == 0 ? $"  {Markup.Escape(e.Message)}" : $"  [yellow]{Markup.Escape(e.Path)}[/]: {Markup.Escape(e.Message)}");
        }

        return InvalidInput;
    }

    public static int Fail(string message)
    {
        CliConsoles.Error.MarkupLine($"[red]{Markup.Escape(message)}[/]");
        return InvalidInput;
    }
}
