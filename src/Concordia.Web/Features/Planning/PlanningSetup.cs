using Concordia.Data.Planning;

namespace Concordia.Web.Features.Planning;

public static class PlanningSetup
{
    /// <summary>
    /// Plan requests, versions and queries for the API and the pages; and, unless <c>Planning:RunJobs</c> is false
    /// (plans then run in <c>concordia worker</c> processes), the background worker that runs plan jobs.
    /// </summary>
    public static WebApplicationBuilder AddConcordiaPlanning(this WebApplicationBuilder builder)
    {
        var options = new PlanningOptions();
        builder.Configuration.GetSection("Planning").Bind(options);
        builder.Services.AddSingleton(options);
        builder.Services.AddScoped<PlanJobs>();
        builder.Services.AddScoped<PlanVersions>();
        builder.Services.AddScoped<PlanQueries>();
        builder.Services.AddScoped<PlanNotices>();
        builder.Services.AddScoped<PlanningSettingsEditor>();
        builder.Services.AddScoped<ReportAbsence>();
        builder.Services.AddScoped<CloseSite>();
        builder.Services.AddScoped<WithdrawAbsence>();
        builder.Services.AddScoped<ReopenSite>();
        builder.Services.AddScoped<ExpectVisitors>();
        builder.Services.AddSingleton<PlanJobRunner>();
        if (options.RunJobs)
        {
            builder.Services.AddHostedService<PlanningWorker>();
        }

        return builder;
    }
}
