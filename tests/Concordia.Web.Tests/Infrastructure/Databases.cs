namespace Concordia.Web.Tests.Infrastructure;

/// <summary>The databases every integration test runs against.</summary>
public static class Databases
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static TheoryData<string> All => new(Sqlite, Postgres);
}
