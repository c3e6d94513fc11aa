using Concordia.Domain.Agencies;
using Concordia.Domain.Alerts;
using Concordia.Domain.Capabilities;
using Concordia.Domain.Countries;
using Concordia.Domain.Events;
using Concordia.Domain.Requirements;
using Concordia.Domain.Sites;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Data;

/// <summary>
/// The database of Concordia. One model serves SQLite and PostgreSQL; each provider has its own subclass so that
/// each keeps its own migrations (<see cref="SqliteConcordiaDbContext"/>, <see cref="PostgresConcordiaDbContext"/>).
/// </summary>
public abstract class ConcordiaDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Event> Events => Set<Event>();

    public DbSet<Site> Sites => Set<Site>();

    public DbSet<Capability> Capabilities => Set<Capability>();

    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<Requirement> Requirements => Set<Requirement>();

    public DbSet<AlertLevelChange> AlertLevelChanges => Set<AlertLevelChange>();

    public DbSet<Country> Countries => Set<Country>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ConcordiaDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is stored and read as UTC, whatever the provider gives back.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
