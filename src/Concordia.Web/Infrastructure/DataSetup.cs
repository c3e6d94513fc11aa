using Concordia.Data;
using Concordia.Web.Features.Demo;

namespace Concordia.Web.Infrastructure;

public static class DataSetup
{
    /// <summary>The database named by the <c>Database</c> section (SQLite by default) and the demo options.</summary>
    public static WebApplicationBuilder AddConcordiaData(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        builder.Services.AddConcordiaData(options);
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
