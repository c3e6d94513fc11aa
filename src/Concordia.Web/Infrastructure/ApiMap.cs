using Concordia.Web.Features.Agencies;
using Concordia.Web.Features.Alerts;
using Concordia.Web.Features.Capabilities;
using Concordia.Web.Features.Countries;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Requirements;
using Concordia.Web.Features.Scenarios;
using Concordia.Web.Features.Sites;

namespace Concordia.Web.Infrastructure;

public static class ApiMap
{
    /// <summary>Every JSON endpoint lives under <c>/api/v1</c>, one group per feature.</summary>
    public static WebApplication MapConcordiaApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").DisableAntiforgery();
        api.MapEventsApi()
            .MapAlertsApi()
            .MapSitesApi()
            .MapCapabilitiesApi()
            .MapRequirementsApi()
            .MapAgenciesApi()
            .MapCountriesApi()
            .MapScenariosApi();
        return app;
    }
}
