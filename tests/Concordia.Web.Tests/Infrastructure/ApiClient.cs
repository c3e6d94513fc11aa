using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Concordia.Data.Scenarios.Format;

namespace Concordia.Web.Tests.Infrastructure;

/// <summary>Test helpers over the JSON API, using the app's own JSON conventions.</summary>
public static class ApiClient
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>Imports a scenario through the API and returns the new event's id.</summary>
    public static async Task<Guid> ImportAsync(this HttpClient client, ScenarioFile file)
    {
        using var response = await client.PostAsync("/api/v1/scenarios", new StringContent(TestScenario.Json(file), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(Json);
        return body!["id"]!.GetValue<Guid>();
    }

    public static async Task<JsonObject> GetObjectAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Json))!;
    }

    public static async Task<JsonArray> GetArrayAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return (await response.Content.ReadFromJsonAsync<JsonArray>(Json))!;
    }

    /// <summary>Reads a problem answer, checking that it is RFC 7807 JSON.</summary>
    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal((int)expected, problem["status"]!.GetValue<int>());
        return problem;
    }

    /// <summary>The fields a 400 names, from the <c>errors</c> member of a validation problem.</summary>
    public static IReadOnlyCollection<string> Fields(JsonObject problem) =>
        problem["errors"]?.AsObject().Select(p => p.Key).ToList() ?? [];
}
