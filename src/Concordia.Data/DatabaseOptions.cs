namespace Concordia.Data;

/// <summary>Which database Concordia uses. Bound from the <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><see cref="DatabaseProvider.Sqlite"/> (embedded, the default) or <see cref="DatabaseProvider.Postgres"/>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Connection string. Required for PostgreSQL; for SQLite it defaults to <c>concordia.db</c> in
    /// <see cref="DataDirectory"/>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder of the SQLite file; created on first start. Defaults to the user's local data folder.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>The data folder in use: <see cref="DataDirectory"/>, or the default one.</summary>
    public string DataFolder => string.IsNullOrWhiteSpace(DataDirectory) ? DefaultDataDirectory : DataDirectory;

    public static string DefaultDataDirectory =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "concordia");

    /// <summary>The SQLite database file these options name (null for PostgreSQL or an in-memory database).</summary>
    public string? SqliteFile =>
        Provider != DatabaseProvider.Sqlite ? null
        : string.IsNullOrWhiteSpace(ConnectionString) ? Path.Combine(DataFolder, FileName)
        : new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource is { Length: > 0 } source && source != ":memory:" ? source
        : null;

    private const string FileName = "concordia.db";

    /// <summary>
    /// The connection string to use, after defaults; creates the SQLite data folder when needed, open to its owner only
    /// (it holds the database and, by default, the key ring).
    /// </summary>
    public string ResolveConnectionString()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        if (Provider == DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException(
                "Database:Provider is Postgres but no connection string is set: set Database:ConnectionString " +
                "(environment variable Database__ConnectionString).");
        }

        DataServiceCollectionExtensions.OwnerOnlyDirectory(DataFolder);
        return $"Data Source={Path.Combine(DataFolder, FileName)}";
    }
}
