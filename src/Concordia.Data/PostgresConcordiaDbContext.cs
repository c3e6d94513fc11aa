using Concordia.Data.Auditing;
using Concordia.Data.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Data;

/// <summary>The server database chosen by configuration; its migrations live in Migrations/Postgres.</summary>
public sealed class PostgresConcordiaDbContext(DbContextOptions<PostgresConcordiaDbContext> options, IDataAccess access, PersonalDataProtector protector,
    AuditSeal seal)
    : ConcordiaDbContext(options, access, protector, seal);
