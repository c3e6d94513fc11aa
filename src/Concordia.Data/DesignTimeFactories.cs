using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Concordia.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build each provider's context without the web host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteConcordiaDbContext>
{
    public SqliteConcordiaDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteConcordiaDbContext>();
        builder.UseSqliteFile("Data Source=design-time.db");
        return new SqliteConcordiaDbContext(builder.Options, DataAccess.System("design-time"), Privacy.PersonalDataProtector.Ephemeral(), Auditing.AuditSeal.Ephemeral());
    }
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context; no server is contacted.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresConcordiaDbContext>
{
    public PostgresConcordiaDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresConcordiaDbContext>();
        builder.UsePostgres("Host=localhost;Database=concordia");
        return new PostgresConcordiaDbContext(builder.Options, DataAccess.System("design-time"), Privacy.PersonalDataProtector.Ephemeral(), Auditing.AuditSeal.Ephemeral());
    }
}
