using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Concordia.Web.Tests.Contingents;

/// <summary>
/// Issue 12, point 8: a roster is judged by its event's dates, not by the day it is read. Years after Paris 2024, the
/// Polish demo contingent (with its dogs' 2023 rabies vaccinations, valid throughout the Games) still exports and
/// imports back unchanged.
/// </summary>
public sealed class RosterRoundTripTests
{
    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task The_demo_polish_roster_exported_years_after_the_games_imports_back_unchanged(string format)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 6, 1, 9, 0, 0, TimeSpan.Zero));
        await using var app = await ConcordiaApp.StartAsync(Databases.Sqlite, ParisDemo.Settings, services: s => s.AddSingleton<TimeProvider>(clock));
        var liaison = await app.ClientAsync(Roles.CountryLiaison, "PL");
        var paris = (await liaison.GetArrayAsync("/api/v1/events")).Single(e => e!["code"]!.GetValue<string>() == "paris-2024")!["id"]!.GetValue<Guid>();
        var members = await liaison.GetArrayAsync($"/api/v1/events/{paris}/countries/PL/members");
        var file = await liaison.GetByteArrayAsync($"/api/v1/events/{paris}/countries/PL/roster/export?format={format}");

        using var content = new ByteArrayContent(file);
        using var response = await liaison.PostAsync($"/api/v1/events/{paris}/countries/PL/roster?fileName=pl.{format}", content);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var plan = JsonNode.Parse(body)!.AsObject();
        Assert.Contains(members, m => m!["dog"] is not null);
        Assert.Equal((0, 0, members.Count), (plan["created"]!.GetValue<int>(), plan["updated"]!.GetValue<int>(), plan["unchanged"]!.GetValue<int>()));
    }
}
