namespace Concordia.Tests.Shared;

/// <summary>
/// What a test does when the machine lacks something it needs (a database server, a browser, a command-line tool):
/// skip with the reason, except in CI (CI=true), where a missing dependency is a failure. Compiled into the test
/// projects that need it (linked from tests/Shared).
/// </summary>
internal static class TestDependency
{
    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Ends the test: a skip with <paramref name="reason"/>, or in CI a failure.</summary>
    public static void Missing(string reason)
    {
        if (IsCi)
        {
            Assert.Fail(reason + " In CI this is a failure.");
        }

        Assert.Skip(reason);
    }
}
