using Concordia.Web.Features.Agencies;
using Concordia.Web.Features.Alerts;
using Concordia.Web.Features.Audit;
using Concordia.Web.Features.Capabilities;
using Concordia.Web.Features.Contingents;
using Concordia.Web.Features.Costs;
using Concordia.Web.Features.Countries;
using Concordia.Web.Features.Equipment;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.HostForces;
using Concordia.Web.Features.Legal;
using Concordia.Web.Features.Lodging;
using Concordia.Web.Features.Notifications;
using Concordia.Web.Features.Planning;
using Concordia.Web.Features.Pledges;
using Concordia.Web.Features.Reciprocity;
using Concordia.Web.Features.Requests;
using Concordia.Web.Features.Requirements;
using Concordia.Web.Features.Scenarios;
using Concordia.Web.Features.Security;
using Concordia.Web.Features.Sites;
using Concordia.Web.Features.StatusBoard;
using Concordia.Web.Features.Travel;
using Concordia.Web.Features.Users;
using Concordia.Web.Features.Vetting;

namespace Concordia.Web.Infrastructure;

public static class ApiMap
{
    /// <summary>Every JSON endpoint lives under <c>/api/v1</c>, one group per feature; each endpoint names its access policy.</summary>
    public static WebApplication MapConcordiaApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").DisableAntiforgery().RequireRateLimiting(RateLimits.Api);
        ((IEndpointConventionBuilder)api).Finally(ApiContract.DocumentErrors);
        api.MapAuthApi()
            .MapEventsApi()
            .MapAlertsApi()
            .MapSitesApi()
            .MapCapabilitiesApi()
            .MapRequirementsApi()
            .MapAgenciesApi()
            .MapCountriesApi()
            .MapScenariosApi()
            .MapMembersApi()
            .MapContingentsApi()
            .MapUnitsApi()
            .MapRosterApi()
            .MapVettingApi()
            .MapBadgesApi()
            .MapTravelApi()
            .MapLodgingApi()
            .MapUsersApi()
            .MapAuditApi()
            .MapRequestsApi()
            .MapAsksApi()
            .MapPledgesApi()
            .MapDecisionsApi()
            .MapEdxlApi()
            .MapStatusBoardApi()
            .MapNotificationsApi()
            .MapReciprocityApi()
            .MapPlanningApi()
            .MapAvailabilityApi()
            .MapLegalStatusApi()
            .MapMemberDocumentsApi()
            .MapCostsApi()
            .MapEquipmentApi()
            .MapHostForcesApi();
        return app;
    }
}
