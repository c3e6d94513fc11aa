using Concordia.Tests.Shared;

namespace Concordia.Browser.Tests.Infrastructure;

/// <summary>
/// Where the browser tests save their pictures of pages: the test output folder, never docs/. The README's pictures
/// are refreshed from there by <c>tools/update-docs.sh</c>.
/// </summary>
public static class Screenshots
{
    public static string PathFor(string name) => TestOutput.PathFor("screenshots", name);
}
