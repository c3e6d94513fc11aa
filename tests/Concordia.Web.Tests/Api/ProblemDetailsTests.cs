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

    /// <summary>Issue 12, point 6: outside Development too, an unreadable body names the field and what it takes, and no .NET type.</summary>
    [Theory]
    [InlineData("""{"familyName":123,"givenName":"Jan"}""", "familyName", "must be text")]
    [InlineData("""{"familyName":"Nowak","givenName":"Jan","dateOfBirth":"31/12/1990"}""", "dateOfBirth", "must be a date such as 2024-07-26")]
    [InlineData("""{"familyName":"Nowak","givenName":"Jan","languages":[{"code":"pl","level":"fluent"}]}""", "languages[0].level", "must be one of: a1, a2, b1")]
    [InlineData("""{"familyName":"Nowak","givenName":"Jan","armed":"maybe"}""", "armed", "must be true or false")]
    [InlineData("""{"familyName":"Now""", "familyName", "is not valid JSON: it is cut short or malformed near line 1")]
    public async Task In_production_an_unreadable_body_is_a_400_naming_the_field_in_words_without_internals(string body, string field, string message)
    {
        await using var app = await ConcordiaApp.StartAsync(Databases.Sqlite, new Dictionary<string, string?>
        {
            ["environment"] = "Production",
            ["Privacy:AllowUnprotectedKeys"] = "true",
        });
        var client = await app.ClientAsync(Roles.CountryLiaison, "PL");

        using var response = await client.PostAsync($"/api/v1/events/{Guid.NewGuid()}/countries/PL/members", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([field], ApiClient.Fields(problem));
        Assert.StartsWith(message, problem["errors"]![field]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("System.", problem.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Concordia.", problem.ToJsonString(), StringComparison.Ordinal);
    }

    /// <summary>Issue 12, point 6: the race between two creates with the same personnel number is a 409, never a 500.</summary>
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Members_created_at_the_same_moment_with_the_same_personnel_number_get_one_201_and_conflicts_never_a_500(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await Contingents.ContingentWorld.CreateAsync(app);
        var liaison = await world.LiaisonAsync("PL");
        var statuses = new List<HttpStatusCode>();
        for (var round = 0; round < 3; round++)
        {
            var number = $"PL-RACE-{round}";
            var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => liaison.PostAsync($"/api/v1/events/{world.EventId}/countries/PL/members",
                new StringContent($$"""{"familyName":"Nowak","givenName":"Jan","personnelNumber":"{{number}}"}""", Encoding.UTF8, "application/json"))));
            statuses.AddRange(responses.Select(r => r.StatusCode));
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }

        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.Created, HttpStatusCode.BadRequest, HttpStatusCode.Conflict }));
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
