using Concordia.Web.Components.Shared;

namespace Concordia.Web.Infrastructure;

public static class UiSetup
{
    public static WebApplicationBuilder AddConcordiaUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents()
            .AddInteractiveServerComponents(o => o.DetailedErrors = builder.Environment.IsDevelopment());
        builder.Services.AddOptions<MapOptions>().BindConfiguration(MapOptions.Section);
        return builder;
    }

    /// <summary>
    /// Dates and numbers in the reader's language, from the browser's Accept-Language: British English (day before
    /// month, 24-hour clock) by default, French for French readers. Interactive pages keep the culture of the request
    /// that opened them.
    /// </summary>
    public static WebApplication UseConcordiaCultures(this WebApplication app)
    {
        string[] cultures = ["en-GB", "fr-FR", "fr", "en"];
        app.UseRequestLocalization(o => o.SetDefaultCulture("en-GB").AddSupportedCultures(cultures).AddSupportedUICultures(cultures));
        return app;
    }
}
