namespace Concordia.Web.Tests.Security;

/// <summary>
/// Every API endpoint and the rule it must follow. An endpoint the app exposes that is missing here fails the
/// matrix test: a new endpoint needs a stated rule before it can ship.
/// </summary>
public static class ExpectedAccess
{
    public static readonly IReadOnlyDictionary<string, AccessRule> Endpoints = new Dictionary<string, AccessRule>
    {
        ["POST /api/v1/auth/token"] = AccessRule.Anonymous,
        ["GET /api/v1/auth/me"] = AccessRule.SignedIn,
        ["GET /api/v1/auth/tokens"] = AccessRule.SignedIn,
        ["DELETE /api/v1/auth/tokens/{tokenId}"] = AccessRule.SignedIn,
        ["GET /api/v1/events"] = AccessRule.AnyRole,
        ["GET /api/v1/events/{eventId}"] = AccessRule.AnyRole,
        ["PUT /api/v1/events/{eventId}"] = AccessRule.ManageEvent,
        ["GET /api/v1/events/{eventId}/alert-level"] = AccessRule.AnyRole,
        ["PUT /api/v1/events/{eventId}/alert-level"] = AccessRule.SetAlertLevel,
        ["GET /api/v1/events/{eventId}/sites"] = AccessRule.AnyRole,
        ["GET /api/v1/events/{eventId}/sites/geojson"] = AccessRule.AnyRole,
        ["GET /api/v1/events/{eventId}/sites/{siteId}"] = AccessRule.AnyRole,
        ["POST /api/v1/events/{eventId}/sites"] = AccessRule.ManageEvent,
        ["PUT /api/v1/events/{eventId}/sites/{siteId}"] = AccessRule.ManageEvent,
        ["DELETE /api/v1/events/{eventId}/sites/{siteId}"] = AccessRule.ManageEvent,
        ["GET /api/v1/events/{eventId}/capabilities"] = AccessRule.AnyRole,
        ["GET /api/v1/events/{eventId}/capabilities/{capabilityId}"] = AccessRule.AnyRole,
        ["POST /api/v1/events/{eventId}/capabilities"] = AccessRule.ManageEvent,
        ["PUT /api/v1/events/{eventId}/capabilities/{capabilityId}"] = AccessRule.ManageEvent,
        ["DELETE /api/v1/events/{eventId}/capabilities/{capabilityId}"] = AccessRule.ManageEvent,
        ["GET /api/v1/events/{eventId}/requirements"] = AccessRule.ReadRequirements,
        ["GET /api/v1/events/{eventId}/requirements/totals"] = AccessRule.ReadRequirements,
        ["GET /api/v1/events/{eventId}/requirements/{requirementId}"] = AccessRule.ReadRequirements,
        ["POST /api/v1/events/{eventId}/requirements"] = AccessRule.ManageRequirements,
        ["PUT /api/v1/events/{eventId}/requirements/{requirementId}"] = AccessRule.ManageRequirements,
        ["DELETE /api/v1/events/{eventId}/requirements/{requirementId}"] = AccessRule.ManageRequirements,
        ["GET /api/v1/events/{eventId}/agencies"] = AccessRule.AnyRole,
        ["GET /api/v1/countries"] = AccessRule.AnyRole,
        ["GET /api/v1/countries/{code}"] = AccessRule.AnyRole,
        ["POST /api/v1/scenarios"] = AccessRule.ManageEvent,
        ["GET /api/v1/events/{eventId}/scenario"] = AccessRule.ReadRequirements,
        ["GET /api/v1/scenarios/schema"] = AccessRule.Anonymous,
        ["GET /api/v1/events/{eventId}/countries/{country}/members"] = AccessRule.ReadCountry,
        ["POST /api/v1/events/{eventId}/countries/{country}/members"] = AccessRule.WriteCountry,
        ["GET /api/v1/events/{eventId}/contingents"] = AccessRule.ReadMember,
        ["GET /api/v1/members/{memberId}"] = AccessRule.ReadMember,
        ["PUT /api/v1/members/{memberId}"] = AccessRule.WriteMember,
        ["DELETE /api/v1/members/{memberId}"] = AccessRule.WriteMember,
        ["GET /api/v1/users"] = AccessRule.ManageUsers,
        ["GET /api/v1/users/{userId}"] = AccessRule.ManageUsers,
        ["POST /api/v1/users"] = AccessRule.ManageUsers,
        ["PUT /api/v1/users/{userId}/access"] = AccessRule.ManageUsers,
        ["POST /api/v1/users/{userId}/lock"] = AccessRule.ManageUsers,
        ["POST /api/v1/users/{userId}/unlock"] = AccessRule.ManageUsers,
        ["DELETE /api/v1/users/{userId}/two-factor"] = AccessRule.ManageUsers,
        ["GET /api/v1/audit"] = AccessRule.ReadAudit,
        ["GET /api/v1/audit/export.csv"] = AccessRule.ReadAudit,
        ["GET /api/v1/audit/verify"] = AccessRule.ReadAudit,
    };
}
