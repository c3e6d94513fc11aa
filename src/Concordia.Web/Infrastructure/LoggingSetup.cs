namespace Concordia.Web.Infrastructure;

public static class LoggingSetup
{
    /// <summary>Readable console logs in Development, one JSON object per line elsewhere (for log collectors).</summary>
    public static WebApplicationBuilder AddConcordiaLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        if (builder.Environment.IsDevelopment())
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        }
        else
        {
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }

        return builder;
    }
}
