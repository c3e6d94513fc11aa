using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Planning;

/// <summary>A plan version says how much of the demand could be covered at all, next to what it covers, on both databases.</summary>
public sealed class CoverageCeilingApiTests(Apps apps)
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_version_shows_the_coverage_ceiling_when_too_few_people_are_available(string database)
    {
        var world = await PlanningWorld.CreateAsync(await apps.GetAsync(database));
        var planner = await world.PlannerAsync();
        var everyone = world.Host.Concat(world.Polish).Concat(world.German).ToArray();
        foreach (var member in everyone.Skip(4))
        {
            using var absent = await planner.PostAsJsonAsync($"/api/v1/members/{member}/absences", new
            {
                kind = "leave", from = DateTimeOffset.UtcNow.AddDays(20), to = DateTimeOffset.UtcNow.AddDays(60),
            });
            Assert.Equal(HttpStatusCode.Created, absent.StatusCode);
        }

        var job = await world.PlanAsync();
        var version = (await world.VersionAsync(job["versionId"]!.GetValue<Guid>()))["version"]!.AsObject();

        // Four people left, one duty each a day: 4 of the 6 units asked each day can be covered, whatever the search does.
        Assert.Equal(PlanningWorld.Needed * PlanningWorld.Days, version["requiredUnits"]!.GetValue<long>());
        Assert.Equal(4 * PlanningWorld.Days, version["coverableUnits"]!.GetValue<long>());
        Assert.Equal(Math.Round(100.0 * 4 / PlanningWorld.Needed, 3), version["coverageCeilingPercent"]!.GetValue<double>());
        Assert.True(version["coveredUnits"]!.GetValue<long>() <= version["coverableUnits"]!.GetValue<long>());
    }
}
