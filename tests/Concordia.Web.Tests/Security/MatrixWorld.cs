using System.Net.Http.Json;
using Concordia.Data;
using Concordia.Data.Identity;
using Concordia.Domain.Contingents;
using Concordia.Domain.Requirements;
using Concordia.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Tests.Security;

/// <summary>
/// The data the matrix needs: an event of its own with a site, capability and requirement, members of the caller's
/// country (PL) and of another (DE), a user to administer, and one signed-in client per role. Calls that would destroy
/// what later calls need get a fresh record each time.
/// </summary>
internal sealed class MatrixWorld
{
    private readonly ConcordiaApp app;
    private readonly Dictionary<string, HttpClient> clients = [];

    private MatrixWorld(ConcordiaApp app) => this.app = app;

    public Guid EventId { get; private set; }

    public Guid SiteId { get; private set; }

    public Guid AgencyId { get; private set; }

    public Guid CapabilityId { get; private set; }

    public Guid RequirementId { get; private set; }

    public Guid OwnMember { get; private set; }

    public Guid OtherMember { get; private set; }

    public Guid TargetUser { get; private set; }

    public Requests.Campaign? Campaign { get; private set; }

    public (Guid Own, Guid Other) Asks { get; private set; }

    public (Guid Own, Guid Other) Pledges { get; private set; }

    public Guid PledgeLine { get; private set; }

    public (Guid Own, Guid Other) Commitments { get; private set; }

    public (Guid Own, Guid Other) Units { get; private set; }

    public Guid Accommodation { get; private set; }

    public static async Task<MatrixWorld> CreateAsync(ConcordiaApp app)
    {
        var world = new MatrixWorld(app);
        var campaign = await Requests.Campaign.SendAsync(app);
        world.Campaign = campaign;
        world.EventId = campaign.EventId;
        await world.ArrangePledgesAsync(campaign);
        await using var system = new SystemDb(app.Services);
        var db = system.Db;
        world.SiteId = await db.Sites.Where(s => s.EventId == world.EventId && s.Code == "STA").Select(s => s.Id).FirstAsync();
        world.AgencyId = campaign.AgencyId;
        world.CapabilityId = await db.Capabilities.Where(c => c.EventId == world.EventId).Select(c => c.Id).FirstAsync();
        world.RequirementId = await db.Requirements.Where(r => r.EventId == world.EventId).Select(r => r.Id).FirstAsync();
        world.OwnMember = await world.NewMemberAsync("PL");
        world.OtherMember = await world.NewMemberAsync("DE");
        world.Units = (await world.NewUnitAsync("PL"), await world.NewUnitAsync("DE"));
        world.Accommodation = await world.NewAccommodationAsync();
        var (userName, _) = await TestUsers.CreateAsync(app.Services, Roles.Observer, null);
        world.TargetUser = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).FirstAsync();
        return world;
    }

    public async Task<HttpClient> ClientFor(string role)
    {
        if (!clients.TryGetValue(role, out var client))
        {
            client = await app.ClientAsync(role, role switch
            {
                Roles.CountryLiaison => "PL",
                Roles.HostAgencyOfficer => AgencyId.ToString(),
                Roles.SiteCommander => SiteId.ToString(),
                _ => null,
            });
            clients[role] = client;
        }

        return client;
    }

    private async Task ArrangePledgesAsync(Requests.Campaign campaign)
    {
        var own = await campaign.PledgeAsync("PL", campaign.Full(20), campaign.Dogs(2));
        var other = await campaign.PledgeAsync("DE", campaign.Full(10), campaign.Dogs(4));
        Asks = (await campaign.AskOfAsync("PL"), await campaign.AskOfAsync("DE"));
        Pledges = (own["id"]!.GetValue<Guid>(), other["id"]!.GetValue<Guid>());
        PledgeLine = own["lines"]![0]!["id"]!.GetValue<Guid>();
        foreach (var pledge in new[] { own, other })
        {
            (await campaign.Coordinator.PostAsJsonAsync($"/api/v1/pledges/{pledge["id"]}/lines/{pledge["lines"]![0]!["id"]}/decision",
                new { decision = "accept", version = 1 })).EnsureSuccessStatusCode();
        }

        var commitments = await campaign.Coordinator.GetArrayAsync($"/api/v1/events/{campaign.EventId}/commitments");
        Guid Of(string country) => commitments.First(c => c!["country"]!.GetValue<string>() == country)!["id"]!.GetValue<Guid>();
        Commitments = (Of("PL"), Of("DE"));
    }

    /// <summary>The endpoint's route with real values; "own" and "other" pick the caller's country or another.</summary>
    public async Task<string> UrlAsync(AuthorizationMatrixTests.ApiEndpoint endpoint, string variant)
    {
        var destructive = endpoint.Method == "DELETE";
        var memberId = variant == "other" ? OtherMember : destructive ? await NewMemberAsync("PL") : OwnMember;
        var requirementId = destructive ? await NewRequirementAsync() : RequirementId;
        var unitId = variant == "other" ? Units.Other : destructive ? await NewUnitAsync("PL") : Units.Own;
        var accommodationId = destructive ? await NewAccommodationAsync() : Accommodation;
        return endpoint.Route
            .Replace("{eventId}", EventId.ToString(), StringComparison.Ordinal)
            .Replace("{siteId}", SiteId.ToString(), StringComparison.Ordinal)
            .Replace("{agencyId}", AgencyId.ToString(), StringComparison.Ordinal)
            .Replace("{capabilityId}", CapabilityId.ToString(), StringComparison.Ordinal)
            .Replace("{requirementId}", requirementId.ToString(), StringComparison.Ordinal)
            .Replace("{memberId}", memberId.ToString(), StringComparison.Ordinal)
            .Replace("{country}", variant == "other" ? "DE" : "PL", StringComparison.Ordinal)
            .Replace("{userId}", TargetUser.ToString(), StringComparison.Ordinal)
            .Replace("{tokenId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{notificationId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{versionId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{otherVersionId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{jobId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{visitorId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{absenceId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{closureId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{officerType}", "all", StringComparison.Ordinal)
            .Replace("{agreementId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{expenseId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{claimId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{documentId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{itemId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{code}", "FR", StringComparison.Ordinal)
            .Replace("{requestId}", Campaign!.RequestId.ToString(), StringComparison.Ordinal)
            .Replace("{askId}", (variant == "other" ? Asks.Other : Asks.Own).ToString(), StringComparison.Ordinal)
            .Replace("{pledgeId}", (variant == "other" ? Pledges.Other : Pledges.Own).ToString(), StringComparison.Ordinal)
            .Replace("{lineId}", PledgeLine.ToString(), StringComparison.Ordinal)
            .Replace("{commitmentId}", (variant == "other" ? Commitments.Other : Commitments.Own).ToString(), StringComparison.Ordinal)
            .Replace("{unitId}", unitId.ToString(), StringComparison.Ordinal)
            .Replace("{accommodationId}", accommodationId.ToString(), StringComparison.Ordinal)
            .Replace("{token}", "unknown-badge-token-" + Guid.NewGuid().ToString("N")[..8], StringComparison.Ordinal);
    }

    private async Task<Guid> NewMemberAsync(string country)
    {
        await using var system = new SystemDb(app.Services);
        var db = system.Db;
        var ev = await db.Events.FirstAsync(e => e.Id == EventId);
        var member = Member.Create(ev, country, new MemberDetails("Test", "Member", DocumentNumber: "X1234567"), DateTime.UtcNow).Value;
        db.Members.Add(member);
        await db.SaveChangesAsync();
        return member.Id;
    }

    private async Task<Guid> NewUnitAsync(string country)
    {
        await using var system = new SystemDb(app.Services);
        var db = system.Db;
        var ev = await db.Events.FirstAsync(e => e.Id == EventId);
        var unit = Unit.Create(ev, country, "Test unit", null).Value;
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        return unit.Id;
    }

    private async Task<Guid> NewAccommodationAsync()
    {
        await using var system = new SystemDb(app.Services);
        var db = system.Db;
        var ev = await db.Events.FirstAsync(e => e.Id == EventId);
        var site = Domain.Lodging.AccommodationSite.Create(ev,
            new Domain.Lodging.AccommodationSiteDetails("H" + Guid.NewGuid().ToString("N")[..8], "Test lodging", null, 10, ev.Start, ev.End)).Value;
        db.AccommodationSites.Add(site);
        await db.SaveChangesAsync();
        return site.Id;
    }

    private async Task<Guid> NewRequirementAsync()
    {
        await using var system = new SystemDb(app.Services);
        var db = system.Db;
        var ev = await db.Events.FirstAsync(e => e.Id == EventId);
        var site = await db.Sites.FirstAsync(s => s.Id == SiteId);
        var capability = await db.Capabilities.FirstAsync(c => c.Id == CapabilityId);
        var window = Domain.Common.TimeWindow.Create(ev.StartOfDayUtc(ev.Start).AddHours(8), ev.StartOfDayUtc(ev.Start).AddHours(16)).Value;
        var requirement = Requirement.Create(ev, site, capability, new RequirementDetails(window, 1, "vigilance", 3)).Value;
        db.Requirements.Add(requirement);
        await db.SaveChangesAsync();
        return requirement.Id;
    }
}
