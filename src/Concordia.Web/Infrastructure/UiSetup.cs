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
}
