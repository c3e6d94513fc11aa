using Concordia.Data.Auditing;
using Concordia.Data.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Data;

/// <summary>The embedded default database; its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteConcordiaDbContext(DbContextOptions<SqliteConcordiaDbContext> options, IDataAccess access, PersonalDataProtector protector,
    AuditSeal seal)
    : ConcordiaDbContext(options, access, protector, seal);
