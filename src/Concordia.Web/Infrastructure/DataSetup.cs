using Concordia.Data;
using Concordia.Data.Auditing;
using Concordia.Data.Privacy;
using Concordia.Web.Features.Demo;

namespace Concordia.Web.Infrastructure;

public static class DataSetup
{
    /// <summary>The database named by the <c>Database</c> section (SQLite by default), the personal-data key ring, the audit checkpoints, and the demo options.</summary>
    public static WebApplicationBuilder AddConcordiaData(this WebApplicationBuilder builder)
    {
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var privacy = builder.Configuration.GetSection(PrivacyOptions.Section).Get<PrivacyOptions>() ?? new PrivacyOptions();
        var audit = builder.Configuration.GetSection(AuditOptions.Section).Get<AuditOptions>() ?? new AuditOptions();
        builder.Services.AddConcordiaData(database, privacy, audit);
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
