using System.CommandLine;
using Concordia.Data;
using Concordia.Data.Auditing;
using Concordia.Data.Privacy;

namespace Concordia.Cli.Common;

/// <summary>
/// Options every database command accepts. Without them the CLI uses the same defaults as the web app
/// (SQLite in the user's local data folder), or the <c>Database__*</c> environment variables.
/// </summary>
public static class GlobalOptions
{
    public static readonly Option<DatabaseProvider?> Provider = new("--db-provider")
    {
        Description = "Database provider: Sqlite (default) or Postgres. Environment: Database__Provider.",
        Recursive = true,
    };

    public static readonly Option<string?> ConnectionString = new("--db-connection")
    {
        Description = "Database connection string. Environment: Database__ConnectionString.",
        Recursive = true,
    };

    public static readonly Option<string?> DataDirectory = new("--data-dir")
    {
        Description = "Folder of the SQLite database file. Environment: Database__DataDirectory.",
        Recursive = true,
    };

    public static readonly Option<bool> Create = new("--create")
    {
        Description = "Create a new, empty database when there is none where the options point. Without it, a missing SQLite database is an " +
            "error: --data-dir may be mistyped.",
        Recursive = true,
    };

    public static void AddTo(RootCommand root)
    {
        root.Options.Add(Provider);
        root.Options.Add(ConnectionString);
        root.Options.Add(DataDirectory);
        root.Options.Add(Create);
    }

    /// <summary>Key ring of the personal-data encryption: the web app's, unless Privacy__KeyRingDirectory says otherwise.</summary>
    public static PrivacyOptions Privacy() => new()
    {
        KeyRingDirectory = Environment.GetEnvironmentVariable("Privacy__KeyRingDirectory"),
        KeyCertificatePath = Environment.GetEnvironmentVariable("Privacy__KeyCertificatePath"),
        KeyCertificatePassword = Environment.GetEnvironmentVariable("Privacy__KeyCertificatePassword"),
        KeyEncryptionKey = Environment.GetEnvironmentVariable("Privacy__KeyEncryptionKey"),
        RetentionDays = int.TryParse(Environment.GetEnvironmentVariable("Privacy__RetentionDays"), out var days) ? days : new PrivacyOptions().RetentionDays,
    };

    /// <summary>The audit checkpoint file: the web app's, unless Audit__CheckpointFile says otherwise.</summary>
    public static AuditOptions Audit() => new() { CheckpointFile = Environment.GetEnvironmentVariable("Audit__CheckpointFile") };

    /// <summary>Command-line values first, then environment variables, then the defaults.</summary>
    public static DatabaseOptions Database(ParseResult parse)
    {
        var providerText = Environment.GetEnvironmentVariable("Database__Provider");
        return new DatabaseOptions
        {
            Provider = parse.GetValue(Provider)
                ?? (Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var fromEnvironment) ? fromEnvironment : DatabaseProvider.Sqlite),
            ConnectionString = parse.GetValue(ConnectionString) ?? Environment.GetEnvironmentVariable("Database__ConnectionString"),
            DataDirectory = parse.GetValue(DataDirectory) ?? Environment.GetEnvironmentVariable("Database__DataDirectory"),
        };
    }
}
