using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Concordia.Data;
using Concordia.Data.Identity;
using Concordia.Domain.Contingents;
using Concordia.Domain.Requirements;
using Concordia.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Web.Tests.Security;

/// <summary>
/// Every API endpoint the app exposes (read from its endpoint data source) × every role and no sign-in × the caller's
/// own and another country, checked against <see cref="ExpectedAccess"/>. docs/security.md must show this matrix; the
/// verified one is left in the test output folder for <c>tools/update-docs.sh</c>.
/// </summary>
public sealed partial class AuthorizationMatrixTests(Apps apps)
{
    private const string Own = "PL";
    private const string Other = "DE";

    [Fact]
    public async Task Every_api_endpoint_declares_an_access_rule_and_has_a_stated_expectation()
    {
        var endpoints = ApiEndpoints(await apps.GetAsync(Databases.Sqlite));

        Assert.All(endpoints, e => Assert.True(e.Declared, $"{e.Key} declares no access rule (RequireAuthorization or AllowAnonymous)"));
        Assert.All(endpoints, e => Assert.True(ExpectedAccess.Endpoints.ContainsKey(e.Key), $"{e.Key} has no expectation in ExpectedAccess"));
        Assert.All(ExpectedAccess.Endpoints.Keys, key => Assert.Contains(endpoints, e => e.Key == key));
    }

    [Fact]
    public void Every_page_declares_an_access_rule()
    {
        var pages = typeof(Program).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes(typeof(Microsoft.AspNetCore.Components.RouteAttribute), false).Length > 0).ToList();

        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.True(
            page.GetCustomAttributes(typeof(IAuthorizeData), true).Length > 0 || page.GetCustomAttributes(typeof(IAllowAnonymous), true).Length > 0,
            $"page {page.Name} declares no [Authorize(Policy = ...)] or [AllowAnonymous]"));
    }

    [Fact]
    public async Task Every_page_lets_in_exactly_the_roles_its_stated_rule_allows()
    {
        var authorization = (await apps.GetAsync(Databases.Sqlite)).Services.GetRequiredService<IAuthorizationService>();
        var pages = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes(typeof(Microsoft.AspNetCore.Components.RouteAttribute), false)
                .Cast<Microsoft.AspNetCore.Components.RouteAttribute>().Select(r => (r.Template, Page: t)))
            .ToList();
        var failures = new List<string>();
        Assert.All(ExpectedAccess.Pages.Keys, route => Assert.Contains(pages, p => p.Template == route));
        foreach (var (route, page) in pages)
        {
            if (!ExpectedAccess.Pages.TryGetValue(route, out var rule))
            {
                failures.Add($"page {route} has no expectation in ExpectedAccess.Pages");
                continue;
            }

            var policy = page.GetCustomAttributes(typeof(IAuthorizeData), true).Cast<IAuthorizeData>().Select(a => a.Policy).FirstOrDefault();
            foreach (var role in Roles.All.Prepend(null))
            {
                var allowed = policy is null
                    ? page.GetCustomAttributes(typeof(IAllowAnonymous), true).Length > 0
                    : (await authorization.AuthorizeAsync(PrincipalOf(role), policy)).Succeeded;
                if (allowed != (AccessRules.For(rule, role) != Grant.None))
                {
                    failures.Add($"page {route} as {role ?? "anonymous"}: expected {(allowed ? "no entry" : "entry")} by {rule}, policy {policy ?? "none"} says otherwise");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    // A signed-in user of the role, bound as the role is (a liaison to a country, an agency officer to an agency, a
    // site commander to a site); anonymous without identity.
    private static System.Security.Claims.ClaimsPrincipal PrincipalOf(string? role)
    {
        if (role is null)
        {
            return new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
        }

        List<System.Security.Claims.Claim> claims =
        [
            new(System.Security.Claims.ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
            new(System.Security.Claims.ClaimTypes.Role, role),
        ];
        claims.AddRange(role switch
        {
            Roles.CountryLiaison => [new(Web.Features.Security.ConcordiaClaims.Country, Own)],
            Roles.HostAgencyOfficer => [new(Web.Features.Security.ConcordiaClaims.Agency, Guid.NewGuid().ToString())],
            Roles.SiteCommander => [new System.Security.Claims.Claim(Web.Features.Security.ConcordiaClaims.Site, Guid.NewGuid().ToString())],
            _ => [],
        });
        return new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(claims, "test"));
    }

    [Fact]
    public async Task Every_role_gets_exactly_the_stated_answer_from_every_endpoint()
    {
        var app = await apps.GetAsync(Databases.Sqlite);
        var world = await MatrixWorld.CreateAsync(app);
        var anonymous = app.CreateClient();
        var failures = new List<string>();
        foreach (var endpoint in ApiEndpoints(app).OrderBy(e => e.Route, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal))
        {
            var rule = ExpectedAccess.Endpoints[endpoint.Key];
            foreach (var role in Roles.All.Prepend(null))
            {
                var client = role is null ? anonymous : await world.ClientFor(role);
                var grant = AccessRules.For(rule, role);
                foreach (var variant in Variants(endpoint.Route))
                {
                    var url = await world.UrlAsync(endpoint, variant);
                    using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), url);
                    if (endpoint.Method is "POST" or "PUT")
                    {
                        request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                    }

                    using var response = await client.SendAsync(request);
                    var status = (int)response.StatusCode;
                    var expected = Expect(grant, role, variant, endpoint.Route);
                    if (!expected.Matches(status))
                    {
                        failures.Add($"{endpoint.Key} as {role ?? "anonymous"} ({variant}): expected {expected}, got {status}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        SecurityDoc.Save(Matrix(ApiEndpoints(app)));
    }

    [Fact]
    public async Task The_access_matrix_in_docs_security_md_is_the_one_these_tests_verify()
    {
        var matrix = Matrix(ApiEndpoints(await apps.GetAsync(Databases.Sqlite)));

        Assert.True(SecurityDoc.Documented() == matrix,
            "docs/security.md does not show the access matrix the tests verify; run tools/update-docs.sh matrix to refresh it.");
    }

    private static string Matrix(IEnumerable<ApiEndpoint> endpoints) => SecurityDoc.Matrix(
        endpoints.OrderBy(e => e.Route, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal).Select(endpoint =>
        {
            var rule = ExpectedAccess.Endpoints[endpoint.Key];
            var cells = Roles.All.Prepend(null).ToDictionary(role => role ?? "anonymous", role => AccessRules.For(rule, role) switch
            {
                Grant.All => "✓",
                Grant.OwnCountry => "own country",
                _ => role is null ? "401" : "403",
            });
            return (endpoint.Key, rule, (IReadOnlyDictionary<string, string>)cells);
        }));

    private static readonly string[] CountryOwned = ["{country}", "{memberId}", "{askId}", "{pledgeId}", "{commitmentId}", "{unitId}"];

    private static IEnumerable<string> Variants(string route) =>
        CountryOwned.Any(p => route.Contains(p, StringComparison.Ordinal)) ? ["own", "other"] : ["-"];

    private static Expectation Expect(Grant grant, string? role, string variant, string route) => grant switch
    {
        Grant.None => role is null ? Expectation.Exactly(401) : Expectation.Exactly(403),
        Grant.OwnCountry when variant == "other" => route.Contains("{country}", StringComparison.Ordinal) ? Expectation.Exactly(403) : Expectation.Exactly(404),
        _ => Expectation.Allowed,
    };

    private static List<ApiEndpoint> ApiEndpoints(ConcordiaApp app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(method => new ApiEndpoint(
                method, Normalise(e.RoutePattern.RawText!),
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null || e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is not null || a.Roles is not null))))
            .ToList();

    private static string Normalise(string route) => RouteParameter().Replace(route, "{$1}").TrimEnd('/');

    [GeneratedRegex(@"\{([^}:]+)(:[^}]+)?\}")]
    private static partial Regex RouteParameter();

    public sealed record ApiEndpoint(string Method, string Route, bool Declared)
    {
        public string Key => $"{Method} {Route}";
    }

    private sealed record Expectation(int? Status)
    {
        public static readonly Expectation Allowed = new((int?)null);

        public static Expectation Exactly(int status) => new(status);

        public bool Matches(int status) => Status is { } expected ? status == expected : status is not (401 or 403);

        public override string ToString() => Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "neither 401 nor 403";
    }
}
