using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concordia.Data;
using Concordia.Data.Identity;
using Concordia.Data.StatusBoard;
using Concordia.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Concordia.Web.Tests.StatusBoard;

/// <summary>
/// Issue 12, point 11: the status board the API serves from its cache is, for every grouping and filter, the board
/// computed afresh from the database, before and after a change.
/// </summary>
public sealed class StatusBoardCacheTests
{
    [Fact]
    public async Task The_cached_board_is_the_uncached_one_for_every_grouping_and_filter_before_and_after_a_change()
    {
        await using var app = await ConcordiaApp.StartAsync(Databases.Sqlite, ParisDemo.Settings);
        var observer = await app.ClientAsync(Roles.Observer);
        var paris = (await observer.GetArrayAsync("/api/v1/events")).Single(e => e!["code"]!.GetValue<string>() == "paris-2024")!["id"]!.GetValue<Guid>();
        var queries = await QueriesAsync(app, paris);

        var before = await CompareAsync(app, observer, paris, queries);
        var arrivedBefore = before[0]["total"]!["arrived"]!.GetValue<int>();
        var waiting = await WaitingMemberAsync(app, paris);
        (await (await app.ClientAsync(Roles.HostCoordinator)).PostAsJsonAsync($"/api/v1/members/{waiting}/check-in/override",
            new { place = "Reception desk", reason = "Badge being reprinted" })).EnsureSuccessStatusCode();
        var after = await CompareAsync(app, observer, paris, queries);

        Assert.Equal(arrivedBefore + 1, after[0]["total"]!["arrived"]!.GetValue<int>());
    }

    /// <summary>Every grouping, unfiltered and filtered by one country, one capability, one agency, one request and one phase.</summary>
    private static async Task<List<(string Query, BoardDimension Dimension, BoardFilter Filter)>> QueriesAsync(ConcordiaApp app, Guid paris)
    {
        await using var system = new SystemDb(app.Services);
        var capability = await system.Db.Capabilities.Where(c => c.EventId == paris).Select(c => c.Id).FirstAsync();
        var agency = await system.Db.Agencies.Where(a => a.EventId == paris).Select(a => a.Id).FirstAsync();
        var request = await system.Db.Requests.Where(r => r.EventId == paris).Select(r => r.Id).FirstAsync();
        var queries = new List<(string, BoardDimension, BoardFilter)>();
        foreach (var dimension in Enum.GetValues<BoardDimension>())
        {
            var by = $"by={dimension.ToString().ToLowerInvariant()}";
            queries.Add((by, dimension, new BoardFilter()));
            queries.Add(($"{by}&country=ES", dimension, new BoardFilter(Country: "ES")));
            queries.Add(($"{by}&capabilityId={capability}", dimension, new BoardFilter(CapabilityId: capability)));
            queries.Add(($"{by}&agencyId={agency}", dimension, new BoardFilter(AgencyId: agency)));
            queries.Add(($"{by}&requestId={request}", dimension, new BoardFilter(RequestId: request)));
            queries.Add(($"{by}&phase=Olympic%20Games", dimension, new BoardFilter(Phase: "Olympic Games")));
        }

        return queries;
    }

    /// <summary>Asks the API for each board, twice (the second from the cache), and checks each against the uncached computation.</summary>
    private static async Task<List<JsonNode>> CompareAsync(ConcordiaApp app, HttpClient client, Guid paris, IEnumerable<(string Query, BoardDimension Dimension, BoardFilter Filter)> queries)
    {
        var json = app.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var boards = new List<JsonNode>();
        await using var system = new SystemDb(app.Services);
        var ev = await system.Db.Events.SingleAsync(e => e.Id == paris);
        foreach (var (query, dimension, filter) in queries)
        {
            var first = await client.GetObjectAsync($"/api/v1/events/{paris}/status-board?{query}");
            var cached = await client.GetObjectAsync($"/api/v1/events/{paris}/status-board?{query}");
            var uncached = JsonSerializer.SerializeToNode(await StatusBoardQuery.RunAsync(system.Db, ev, dimension, filter, CancellationToken.None), json)!;
            Assert.True(JsonNode.DeepEquals(uncached, first), $"{query}: the API's board differs from the uncached one");
            Assert.True(JsonNode.DeepEquals(uncached, cached), $"{query}: the cached board differs from the uncached one");
            boards.Add(cached);
        }

        return boards;
    }

    private static async Task<Guid> WaitingMemberAsync(ConcordiaApp app, Guid paris)
    {
        await using var system = new SystemDb(app.Services);
        return await system.Db.Members.Where(m => m.EventId == paris && m.CheckedInAt == null && m.CommitmentId != null && m.ErasedAt == null)
            .Select(m => m.Id).FirstAsync();
    }
}
