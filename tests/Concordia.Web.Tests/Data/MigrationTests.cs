using Concordia.Data;
using Concordia.Data.Auditing;
using Concordia.Data.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public void The_sqlite_migrations_match_the_model()
    {
        using var db = new SqliteConcordiaDbContext(new DbContextOptionsBuilder<SqliteConcordiaDbContext>()
            .UseSqlite("Data Source=:memory:", o => o.MigrationsAssembly(typeof(ConcordiaDbContext).Assembly.FullName)).Options,
            DataAccess.System("test"), PersonalDataProtector.Ephemeral(), AuditSeal.Ephemeral());

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: add a migration with dotnet ef migrations add --context SqliteConcordiaDbContext");
    }

    [Fact]
    public void The_postgres_migrations_match_the_model()
    {
        using var db = new PostgresConcordiaDbContext(new DbContextOptionsBuilder<PostgresConcordiaDbContext>()
            .UseNpgsql("Host=localhost;Database=unused", o => o.MigrationsAssembly(typeof(ConcordiaDbContext).Assembly.FullName)).Options,
            DataAccess.System("test"), PersonalDataProtector.Ephemeral(), AuditSeal.Ephemeral());

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: add a migration with dotnet ef migrations add --context PostgresConcordiaDbContext");
    }
}
