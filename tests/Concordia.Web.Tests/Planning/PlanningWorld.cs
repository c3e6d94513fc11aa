using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Domain.Contingents;
using Concordia.Web.Tests.Contingents;
using Concordia.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Tests.Planning;

/// <summary>
/// An event of its own to plan (the contingent tests' world): at Vigilance, 3 days × one morning shift at STA
/// needing 6 patrol officers (9 at Urgence attentat), where Polish visitors are expected every day (so a Polish officer
/// is wanted there); 16 host patrol officers of the Police nationale (French speakers), 4 accredited Polish and 2
/// German patrol officers of the accepted commitments. Plans search 5 s, re-plans 2 s.
/// </summary>
internal sealed record PlanningWorld(ContingentWorld World, IReadOnlyList<Guid> Host, IReadOnlyList<Guid> Polish, IReadOnlyList<Guid> German)
{
    public const int Needed = 6;
    public const int NeededAtUrgence = 9;
    public const int Days = 3;

    public Guid EventId => World.EventId;

    public HttpClient Coordinator => World.Coordinator;

    public Task<HttpClient> PlannerAsync() => World.App.ClientAsync(Roles.Planner);

    public static async Task<PlanningWorld> CreateAsync(ConcordiaApp app)
    {
        var world = await ContingentWorld.CreateAsync(app);
        var coordinator = world.Coordinator;
        var ev = await coordinator.GetObjectAsync($"/api/v1/events/{world.EventId}");
        (await coordinator.PutAsJsonAsync($"/api/v1/events/{world.EventId}/alert-level", new { level = "vigilance", version = ev["version"]!.GetValue<int>() })).EnsureSuccessStatusCode();
        for (var d = 0; d < Days; d++)
        {
            var day = world.Start.AddDays(d + 1);
            foreach (var (level, quantity) in new[] { ("vigilance", Needed), ("urgence-attentat", NeededAtUrgence) })
            {
                using var created = await coordinator.PostAsJsonAsync($"/api/v1/events/{world.EventId}/requirements", new
                {
                    siteId = world.SiteId, capabilityId = world.Patrol, alertLevel = level, priority = 1, quantity,
                    start = Local(day, 6), end = Local(day, 14),
                });
                Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            }
        }

        var planner = await app.ClientAsync(Roles.Planner);
        for (var d = 0; d < Days; d++)
        {
            using var visitors = await planner.PostAsJsonAsync($"/api/v1/events/{world.EventId}/visitors", new
            {
                siteId = world.SiteId, day = world.Start.AddDays(d + 1), country = "PL", note = "Poland supporters",
            });
            Assert.True(visitors.StatusCode == HttpStatusCode.Created, await visitors.Content.ReadAsStringAsync());
        }

        var settings = await planner.GetObjectAsync($"/api/v1/events/{world.EventId}/planning-settings");
        settings["planSeconds"] = 5;
        settings["replanSeconds"] = 2;
        (await planner.PutAsJsonAsync($"/api/v1/events/{world.EventId}/planning-settings", settings)).EnsureSuccessStatusCode();

        await using var system = new SystemDb(app.Services);
        var db = system.Db;
        var eventRow = await db.Events.SingleAsync(e => e.Id == world.EventId);
        var police = await db.Agencies.SingleAsync(a => a.EventId == world.EventId && a.Code == "pn");
        var commitments = await db.Commitments.Where(c => c.EventId == world.EventId && c.CapabilityId == world.Patrol).ToListAsync();
        var now = DateTime.UtcNow;
        var host = Enumerable.Range(1, 16).Select(i => Member.CreateHost(eventRow, police, Details($"FR-PN-{i:000}", "Martin" + (char)('a' + i), "fr", world.Patrol), now).Value).ToList();
        Member Foreign(string country, int i)
        {
            var m = Member.Create(eventRow, country, Details($"{country}-{i:000}", "Nowak" + (char)('a' + i), country.ToLowerInvariant(), world.Patrol), now).Value;
            m.Accredit("vetting", now);
            m.LinkTo(commitments.Single(c => c.Country == country));
            return m;
        }

        var polish = Enumerable.Range(1, 4).Select(i => Foreign("PL", i)).ToList();
        var german = Enumerable.Range(1, 2).Select(i => Foreign("DE", i)).ToList();
        db.Members.AddRange(host.Concat(polish).Concat(german));
        await db.SaveChangesAsync();
        return new PlanningWorld(world, [.. host.Select(m => m.Id)], [.. polish.Select(m => m.Id)], [.. german.Select(m => m.Id)]);
    }

    /// <summary>Asks for a plan and waits for its job to end; returns the finished job.</summary>
    public async Task<JsonObject> PlanAsync()
    {
        using var response = await (await PlannerAsync()).PostAsync($"/api/v1/events/{EventId}/plans", null);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, body.ToJsonString());
        Assert.Equal(body["location"]!.GetValue<string>(), response.Headers.Location!.ToString());
        return await FinishedAsync(body["jobId"]!.GetValue<Guid>());
    }

    /// <summary>Waits for a job to end (the worker polls every second; a plan searches 5 s).</summary>
    public async Task<JsonObject> FinishedAsync(Guid jobId)
    {
        var planner = await PlannerAsync();
        for (var i = 0; i < 600; i++)
        {
            var job = await planner.GetObjectAsync($"/api/v1/plans/jobs/{jobId}");
            if (job["state"]!.GetValue<string>() is "done" or "failed" or "cancelled")
            {
                return job;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"plan job {jobId} did not finish in 2 minutes");
    }

    /// <summary>The jobs of the event with the given trigger, newest first.</summary>
    public async Task<IReadOnlyList<JsonObject>> JobsAsync(string trigger) =>
        [.. (await (await PlannerAsync()).GetArrayAsync($"/api/v1/events/{EventId}/plans/jobs")).Select(j => j!.AsObject()).Where(j => j["trigger"]!.GetValue<string>() == trigger)];

    public async Task<JsonObject> VersionAsync(Guid versionId) => await (await PlannerAsync()).GetObjectAsync($"/api/v1/plans/versions/{versionId}");

    public async Task<HttpResponseMessage> PublishAsync(Guid versionId, int? version = null)
    {
        var current = version ?? (await VersionAsync(versionId))["version"]!["version"]!.GetValue<int>();
        return await (await PlannerAsync()).PostAsJsonAsync($"/api/v1/plans/versions/{versionId}/publish", new { version = current });
    }

    public static async Task<JsonArray> DutiesAsync(HttpClient client, Guid versionId, string query = "") =>
        (await client.GetObjectAsync($"/api/v1/plans/versions/{versionId}/duties?limit=2000{query}"))["duties"]!.AsArray();

    private static MemberDetails Details(string number, string family, string language, Guid capability) =>
        new(family, "Test", Rank: "Officer", Service: "Police", CapabilityId: capability, PersonnelNumber: number,
            Languages: [new LanguageSkill(language, LanguageLevel.Native)]);

    private static DateTimeOffset Local(DateOnly day, int hour) =>
        new(day.ToDateTime(new TimeOnly(hour, 0)), TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris").GetUtcOffset(day.ToDateTime(new TimeOnly(hour, 0))));
}
