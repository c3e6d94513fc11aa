using Microsoft.EntityFrameworkCore;

namespace Concordia.Data;

/// <summary>Brings the database schema up to date; creates the database (and SQLite file) on first start.</summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAsync(ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets the web app read while the command line imports.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
