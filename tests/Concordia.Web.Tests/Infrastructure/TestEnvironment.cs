using Concordia.Tests.Shared;

namespace Concordia.Web.Tests.Infrastructure;

/// <summary>
/// What this machine offers the tests. PostgreSQL tests run when CONCORDIA_TEST_POSTGRES holds a connection string
/// to a server (any database; the tests create their own). Without it they are skipped with the reason, except in
/// CI (CI=true), where a missing dependency is a failure.
/// </summary>
public static class TestEnvironment
{
    public static string? PostgresConnection => Environment.GetEnvironmentVariable("CONCORDIA_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    public static void RequirePostgres()
    {
        if (PostgresConnection is not null)
        {
            return;
        }

        TestDependency.Missing("PostgreSQL is not configured: set CONCORDIA_TEST_POSTGRES to a server connection string.");
    }
}
