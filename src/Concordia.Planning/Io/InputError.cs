namespace Concordia.Planning.Io;

/// <summary>A problem in an input file, at a JSON-style element path such as <c>staff[12].availability[0].end</c>.</summary>
public sealed record InputError(string Path, string Message)
{
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}
