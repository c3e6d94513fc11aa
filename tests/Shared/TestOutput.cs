namespace Concordia.Tests.Shared;

/// <summary>
/// Where tests put what people look at afterwards (screenshots, the verified access matrix): a folder outside the
/// repository, <c>CONCORDIA_TEST_OUTPUT</c> or <c>concordia-test-output</c> in the temporary folder. Tests never write
/// into docs/ or src/; <c>tools/update-docs.sh</c> copies from here into docs/ when asked.
/// </summary>
internal static class TestOutput
{
    public static string Folder =>
        Environment.GetEnvironmentVariable("CONCORDIA_TEST_OUTPUT") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Path.GetTempPath(), "concordia-test-output");

    /// <summary>The path of a file in the output folder (its sub-folder created), e.g. <c>PathFor("screenshots", "dashboard.png")</c>.</summary>
    public static string PathFor(params string[] parts)
    {
        var path = Path.Combine([Folder, .. parts]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
