namespace Concordia.Web.Tests.Infrastructure;

/// <summary>The CLI's own build output, next to this test project's (same configuration and runtime).</summary>
public static class CliLocation
{
    public static string Path
    {
        get
        {
            var here = AppContext.BaseDirectory;
            var marker = System.IO.Path.Combine("tests", "Concordia.Web.Tests") + System.IO.Path.DirectorySeparatorChar;
            var index = here.LastIndexOf(marker, StringComparison.Ordinal);
            return System.IO.Path.Combine(here[..index], "src", "Concordia.Cli", here[(index + marker.Length)..], "concordia.dll");
        }
    }
}
