using System.Net;
using System.Text;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Api;

public sealed class ProblemDetailsTests(Apps apps)
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_body_with_a_wrongly_typed_field_is_a_400_naming_that_field(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);
        var id = await client.ImportAsync(TestScenario.Small());

        using var response = await client.PostAsync($"/api/v1/events/{id}/sites",
            new StringContent("""{"code":"X","name":"X","kind":"venue","location":{"lat":"north","lon":2}}""", Encoding.UTF8, "application/json"));

        var problem = await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["location.lat"], ApiClient.Fields(problem));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_unknown_enum_value_is_a_400_naming_that_field(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);
        var id = await client.ImportAsync(TestScenario.Small());

        using var response = await client.PostAsync($"/api/v1/events/{id}/sites",
            new StringContent("""{"code":"X","name":"X","kind":"castle","location":{"lat":48,"lon":2}}""", Encoding.UTF8, "application/json"));

        Assert.Equal(["kind"], ApiClient.Fields(await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest)));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Malformed_json_is_a_400_problem(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);
        var id = await client.ImportAsync(TestScenario.Small());

        using var response = await client.PostAsync($"/api/v1/events/{id}/sites", new StringContent("{\"code\": ", Encoding.UTF8, "application/json"));

        await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_unknown_api_address_is_a_404_problem(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);

        using var response = await client.GetAsync("/api/v1/no-such-thing");

        await ApiClient.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Health_endpoints_report_the_process_and_the_database(string database)
    {
        var client = await (await apps.GetAsync(database)).ClientAsync(Roles.HostCoordinator);

        Assert.Equal("Healthy", await client.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }
}
