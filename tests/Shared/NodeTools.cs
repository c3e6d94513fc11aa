namespace Concordia.Tests.Shared;

/// <summary>
/// Outside checkers that come from npm (an OpenAPI linter, a client generator and the TypeScript compiler, a GeoJSON
/// checker), installed into one folder: <c>npm install --prefix DIR …</c> with <c>CONCORDIA_NODE_TOOLS=DIR</c>, as
/// .ci/run does. A missing tool is a <see cref="TestDependency"/>.
/// </summary>
internal static class NodeTools
{
    /// <summary>The npm packages the tests use, at the versions .ci/run installs.</summary>
    public const string Packages = "@redocly/cli@2.77.0 openapi-typescript@7.13.0 typescript@5.9.3 @placemarkio/check-geojson@0.1.14";

    private static string? Folder => Environment.GetEnvironmentVariable("CONCORDIA_NODE_TOOLS") is { Length: > 0 } folder ? folder : null;

    /// <summary>A command of an installed package (node_modules/.bin).</summary>
    public static string Command(string name)
    {
        var path = Folder is { } folder ? Path.Combine(folder, "node_modules", ".bin", name) : null;
        if (path is not null && File.Exists(path))
        {
            return path;
        }

        Missing(name);
        return string.Empty;
    }

    /// <summary>The folder of an installed package, for scripts that load it with <c>require</c>.</summary>
    public static string Package(string name)
    {
        var path = Folder is { } folder ? Path.Combine(folder, "node_modules", name) : null;
        if (path is not null && Directory.Exists(path))
        {
            ExternalTool.Require("node", "nodejs");
            return path;
        }

        Missing(name);
        return string.Empty;
    }

    private static void Missing(string what) =>
        TestDependency.Missing($"{what} is not installed: apt-get install nodejs npm, then npm install --prefix DIR {Packages} and set CONCORDIA_NODE_TOOLS=DIR.");
}
