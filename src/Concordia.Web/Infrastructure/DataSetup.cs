using Concordia.Data;
using Concordia.Data.Auditing;
using Concordia.Data.Privacy;
using Concordia.Web.Features.Demo;

namespace Concordia.Web.Infrastructure;

public static class DataSetup
{
    /// <summary>
    /// The database named by the <c>Database</c> section (SQLite by default), the personal-data key ring (protected at
    /// rest, or no start outside Development), the audit checkpoints, and the demo options.
    /// </summary>
    public static WebApplicationBuilder AddConcordiaData(this WebApplicationBuilder builder)
    {
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var privacy = builder.Configuration.GetSection(PrivacyOptions.Section).Get<PrivacyOptions>() ?? new PrivacyOptions();
        if (!builder.Environment.IsDevelopment() && !KeyRingProtection.IsConfigured(privacy) && !privacy.AllowUnprotectedKeys)
        {
            // A copy of the data folder would otherwise decrypt every date of birth, document number and phone.
            throw new InvalidOperationException(
                "The key ring that encrypts personal data is not protected at rest, so Concordia does not start outside Development. Set " +
                "Privacy:KeyEncryptionKey (32 random bytes in base64, e.g. from: openssl rand -base64 32; keep it out of the data folder) or " +
                "Privacy:KeyCertificatePath, or, only for a disk that is encrypted and reachable by the service alone, Privacy:AllowUnprotectedKeys=true.");
        }

        var audit = builder.Configuration.GetSection(AuditOptions.Section).Get<AuditOptions>() ?? new AuditOptions();
        builder.Services.AddConcordiaData(database, privacy, audit);
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
