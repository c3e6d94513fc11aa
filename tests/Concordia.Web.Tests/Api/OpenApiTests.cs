using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Web.Tests.Api;

public sealed class OpenApiTests(Apps apps)
{
    [Fact]
    public async Task The_openapi_document_describes_every_api_endpoint_the_app_exposes()
    {
        var app = await apps.GetAsync(Databases.Sqlite);
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var documented = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(op => $"{op.Key.ToUpperInvariant()} {Normalise(p.Key)}")).ToHashSet();

        var exposed = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {Normalise(e.RoutePattern.RawText!)}"))
            .ToList();

        Assert.NotEmpty(exposed);
        Assert.All(exposed, endpoint => Assert.Contains(endpoint, documented));
    }

    [Fact]
    public async Task The_interactive_api_reference_page_is_served()
    {
        var client = await (await apps.GetAsync(Databases.Sqlite)).ClientAsync(Roles.HostCoordinator);

        var page = await client.GetStringAsync("/api/reference");

        Assert.Contains("Concordia API reference", page, StringComparison.Ordinal);
    }

    // Route constraints ({id:guid}) and trailing slashes differ between the two views; the shape must not.
    private static string Normalise(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route, @"\{([^}:]+)(:[^}]+)?\}", "{$1}").TrimEnd('/');
}
