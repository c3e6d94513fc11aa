using System.Text.Json;
using Concordia.Data.Auditing;
using Concordia.Data.Identity;
using Concordia.Data.Privacy;
using Concordia.Domain.Agencies;
using Concordia.Domain.Alerts;
using Concordia.Domain.Auditing;
using Concordia.Domain.Capabilities;
using Concordia.Domain.Contingents;
using Concordia.Domain.Costs;
using Concordia.Domain.Countries;
using Concordia.Domain.Equipment;
using Concordia.Domain.Events;
using Concordia.Domain.Legal;
using Concordia.Domain.Lodging;
using Concordia.Domain.Notifications;
using Concordia.Domain.Planning;
using Concordia.Domain.Pledges;
using Concordia.Domain.Requests;
using Concordia.Domain.Requirements;
using Concordia.Domain.Sites;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Concordia.Data;

/// <summary>
/// The database of Concordia. One model serves SQLite and PostgreSQL; each provider has its own subclass so that
/// each keeps its own migrations (<see cref="SqliteConcordiaDbContext"/>, <see cref="PostgresConcordiaDbContext"/>).
/// Two rules hold for every use of a context: country-owned rows are filtered by the caller's
/// <see cref="DataScope"/>, and every saved change is appended to the audit trail in the same transaction.
/// </summary>
public abstract class ConcordiaDbContext(DbContextOptions options, IDataAccess access, PersonalDataProtector protector, AuditSeal seal)
    : IdentityDbContext<ConcordiaUser, ConcordiaRole, Guid>(options)
{
    // The last entry appended in the open transaction, checkpointed once that transaction commits.
    private AuditEntry? uncommittedHead;

    public DbSet<Event> Events => Set<Event>();

    public DbSet<Site> Sites => Set<Site>();

    public DbSet<Capability> Capabilities => Set<Capability>();

    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<Requirement> Requirements => Set<Requirement>();

    public DbSet<AlertLevelChange> AlertLevelChanges => Set<AlertLevelChange>();

    public DbSet<Country> Countries => Set<Country>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<Badge> Badges => Set<Badge>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<AccommodationSite> AccommodationSites => Set<AccommodationSite>();

    public DbSet<LodgingAssignment> LodgingAssignments => Set<LodgingAssignment>();

    public DbSet<UserBinding> UserBindings => Set<UserBinding>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AssistanceRequest> Requests => Set<AssistanceRequest>();

    public DbSet<CountryAsk> Asks => Set<CountryAsk>();

    public DbSet<Pledge> Pledges => Set<Pledge>();

    public DbSet<Commitment> Commitments => Set<Commitment>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<Absence> Absences => Set<Absence>();

    public DbSet<SiteClosure> SiteClosures => Set<SiteClosure>();

    public DbSet<VisitorExpectation> Visitors => Set<VisitorExpectation>();

    public DbSet<PlanningSettings> PlanningSettings => Set<PlanningSettings>();

    public DbSet<PlanJob> PlanJobs => Set<PlanJob>();

    public DbSet<PlanVersion> PlanVersions => Set<PlanVersion>();

    public DbSet<PlanDuty> PlanDuties => Set<PlanDuty>();

    public DbSet<PlanDutyRemoval> PlanDutyRemovals => Set<PlanDutyRemoval>();

    public DbSet<PlanAgent> PlanAgents => Set<PlanAgent>();

    public DbSet<PlanAgentMember> PlanAgentMembers => Set<PlanAgentMember>();

    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();

    public DbSet<LegalStatus> LegalStatuses => Set<LegalStatus>();

    public DbSet<LegalStatusComment> LegalStatusComments => Set<LegalStatusComment>();

    public DbSet<LegalDocument> LegalDocuments => Set<LegalDocument>();

    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<AgreementDocument> AgreementDocuments => Set<AgreementDocument>();

    public DbSet<Expense> Expenses => Set<Expense>();

    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<EquipmentItem> Equipment => Set<EquipmentItem>();

    public IDataAccess Access => access;

    // Read by the query filters at every query; EF Core turns them into parameters.
    private bool ScopeAllCountries => access.Scope.AllCountries;

    private List<string> ScopeCountries => [.. access.Scope.Countries];

    private List<Guid> ScopeSites => [.. access.Scope.Sites];

    private Guid? ActorUserId => access.Actor.UserId;

    /// <summary>The personal-data protector the model's converters use (part of the model cache key).</summary>
    internal PersonalDataProtector Protector => protector;

    /// <summary>The audit key and checkpoints, kept outside the database.</summary>
    internal AuditSeal Seal => seal;

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: saving appends to the audit trail, which is asynchronous.");

    /// <summary>Saves the tracked changes and appends one audit entry per changed entity, in one transaction.</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        SaveAuditedAsync(AuditRecorder.Collect(ChangeTracker), acceptAllChangesOnSuccess, cancellationToken);

    /// <summary>
    /// Saves a bulk operation (e.g. a scenario import of thousands of rows) as one audit entry that summarises it.
    /// </summary>
    public Task<int> SaveChangesAsOneAuditEntryAsync(string action, string entityType, string entityId, object summary, CancellationToken cancellationToken) =>
        SaveAuditedAsync([new AuditRecorder.Pending(action, entityType, entityId, JsonSerializer.Serialize(summary))], true, cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ConcordiaDbContext).Assembly);
        // Country-owned rows: a caller sees only the countries of their scope.
        modelBuilder.Entity<CountryAsk>().HasQueryFilter(a => ScopeAllCountries || ScopeCountries.Contains(a.Country));
        modelBuilder.Entity<Pledge>().HasQueryFilter(p => ScopeAllCountries || ScopeCountries.Contains(p.Country));
        modelBuilder.Entity<Commitment>().HasQueryFilter(c => ScopeAllCountries || ScopeCountries.Contains(c.Country));
        modelBuilder.Entity<Badge>().HasQueryFilter(b => ScopeAllCountries || ScopeCountries.Contains(b.Country));
        // The host's own forces are the host's: no country's liaison sees them, even one of the host country.
        modelBuilder.Entity<Unit>().HasQueryFilter(u => ScopeAllCountries || (u.AgencyId == null && ScopeCountries.Contains(u.Country)));
        modelBuilder.Entity<LodgingAssignment>().HasQueryFilter(a => ScopeAllCountries || ScopeCountries.Contains(a.Country));
        modelBuilder.Entity<Absence>().HasQueryFilter(a => ScopeAllCountries || ScopeCountries.Contains(a.Country));
        modelBuilder.Entity<LegalStatus>().HasQueryFilter(s => ScopeAllCountries || ScopeCountries.Contains(s.Country));
        modelBuilder.Entity<LegalStatusComment>().HasQueryFilter(c => ScopeAllCountries || ScopeCountries.Contains(c.Country));
        modelBuilder.Entity<LegalDocument>().HasQueryFilter(d => ScopeAllCountries || ScopeCountries.Contains(d.Country));
        modelBuilder.Entity<Agreement>().HasQueryFilter(a => ScopeAllCountries || ScopeCountries.Contains(a.Country));
        modelBuilder.Entity<AgreementDocument>().HasQueryFilter(d => ScopeAllCountries || ScopeCountries.Contains(d.Country));
        modelBuilder.Entity<Expense>().HasQueryFilter(e => ScopeAllCountries || ScopeCountries.Contains(e.Country));
        modelBuilder.Entity<Claim>().HasQueryFilter(c => ScopeAllCountries || ScopeCountries.Contains(c.Country));

        // Duties: a country's own, and a site commander's sites; the people of a unit on duty at such a site too (a
        // root's unit may be on duty in the own rows of a version kept against that root).
        modelBuilder.Entity<PlanDuty>().HasQueryFilter(d => ScopeAllCountries || ScopeCountries.Contains(d.Country) || ScopeSites.Contains(d.SiteId));
        modelBuilder.Entity<PlanAgent>().HasQueryFilter(a => ScopeAllCountries || ScopeCountries.Contains(a.Country)
            || Set<PlanDuty>().Any(d => d.Agent == a.Number && ScopeSites.Contains(d.SiteId)
                && (d.VersionId == a.VersionId || Set<PlanVersion>().Any(v => v.Id == d.VersionId && v.RootVersionId == a.VersionId))));
        modelBuilder.Entity<PlanAgentMember>().HasQueryFilter(m => ScopeAllCountries || ScopeCountries.Contains(m.Country)
            || Set<PlanDuty>().Any(d => d.Agent == m.Agent && ScopeSites.Contains(d.SiteId)
                && (d.VersionId == m.VersionId || Set<PlanVersion>().Any(v => v.Id == d.VersionId && v.RootVersionId == m.VersionId))));

        // Notifications are personal, even for administrators.
        modelBuilder.Entity<Notification>().HasQueryFilter(n => n.UserId == ActorUserId);
        modelBuilder.Entity<NotificationPreference>().HasQueryFilter(p => p.UserId == ActorUserId);
        modelBuilder.Entity<Member>(member =>
        {
            member.HasQueryFilter(m => ScopeAllCountries || (m.AgencyId == null && ScopeCountries.Contains(m.Country)));
            member.Property(m => m.DocumentNumber).HasConversion(new ProtectedStringConverter(protector));
            member.Property(m => m.Phone).HasConversion(new ProtectedStringConverter(protector));
            member.Property(m => m.DateOfBirth).HasConversion(new ProtectedDateConverter(protector));
        });
        modelBuilder.Entity<EquipmentItem>(item =>
        {
            // As the members: the host's own forces' equipment is the host's, not any liaison's.
            item.HasQueryFilter(i => ScopeAllCountries || (ScopeCountries.Contains(i.Country)
                && (Set<Member>().Any(m => m.Id == i.MemberId && m.AgencyId == null) || Set<Unit>().Any(u => u.Id == i.UnitId && u.AgencyId == null))));
            item.Property(i => i.Serial).HasConversion(new ProtectedStringConverter(protector));
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is stored and read as UTC, whatever the provider gives back.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    internal void AuditCommitted()
    {
        if (uncommittedHead is { } head)
        {
            seal.Checkpoint(head.Sequence, head.Hash, head.At);
            uncommittedHead = null;
        }
    }

    internal void AuditRolledBack() => uncommittedHead = null;

    private async Task<int> SaveAuditedAsync(IReadOnlyList<AuditRecorder.Pending> pending, bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null;
        IDbContextTransaction? transaction = ownTransaction ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            using (await AuditChain.LockAsync(this, cancellationToken))
            {
                uncommittedHead = await AuditChain.AppendAsync(this, access.Actor, access.Clock.GetUtcNow().UtcDateTime, pending, cancellationToken);
                var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                if (transaction is not null)
                {
                    await transaction.CommitAsync(cancellationToken);
                }

                return saved;
            }
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
    }
}
