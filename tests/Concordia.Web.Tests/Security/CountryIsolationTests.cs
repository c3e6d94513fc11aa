using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Security;

/// <summary>A country liaison sees and changes only their own country's people, whatever endpoint they use.</summary>
public sealed class CountryIsolationTests(Apps apps)
{
    private static async Task<(HttpClient Poland, HttpClient Germany, HttpClient Vetting, HttpClient Observer, Guid Event, Guid PolishMember, Guid GermanMember)> ArrangeAsync(ConcordiaApp app)
    {
        var eventId = await (await app.ClientAsync(Roles.HostCoordinator)).ImportAsync(TestScenario.Small());
        var poland = await app.ClientAsync(Roles.CountryLiaison, "PL");
        var germany = await app.ClientAsync(Roles.CountryLiaison, "DE");
        var polish = await CreateAsync(poland, eventId, "PL", "Wiśniewski", "Łukasz", "AB1234567");
        var german = await CreateAsync(germany, eventId, "DE", "Müller", "Jürgen", "C01X00T47");
        return (poland, germany, await app.ClientAsync(Roles.VettingOfficer), await app.ClientAsync(Roles.Observer), eventId, polish, german);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_liaison_lists_only_their_own_country(string database)
    {
        var app = await apps.GetAsync(database);
        var (poland, _, _, observer, eventId, polish, german) = await ArrangeAsync(app);

        var contingents = await poland.GetArrayAsync($"/api/v1/events/{eventId}/contingents");
        using var otherList = await poland.GetAsync($"/api/v1/events/{eventId}/countries/DE/members");
        var everything = await observer.GetArrayAsync($"/api/v1/events/{eventId}/contingents");

        Assert.Equal(["PL"], contingents.Select(c => c!["country"]!.GetValue<string>()));
        await ApiClient.ProblemAsync(otherList, HttpStatusCode.Forbidden);
        Assert.Equal(["DE", "PL"], everything.Select(c => c!["country"]!.GetValue<string>()).Order());
        Assert.Equal([polish], (await poland.GetArrayAsync($"/api/v1/events/{eventId}/countries/PL/members")).Select(m => m!["id"]!.GetValue<Guid>()));
        Assert.NotEqual(polish, german);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Another_countrys_member_by_id_answers_404_to_read_change_and_delete_and_stays_unchanged(string database)
    {
        var app = await apps.GetAsync(database);
        var (poland, germany, _, _, _, _, german) = await ArrangeAsync(app);

        using var read = await poland.GetAsync($"/api/v1/members/{german}");
        using var change = await poland.PutAsJsonAsync($"/api/v1/members/{german}", new { familyName = "Hacked", givenName = "X", version = 0 });
        using var delete = await poland.DeleteAsync($"/api/v1/members/{german}");

        await ApiClient.ProblemAsync(read, HttpStatusCode.NotFound);
        await ApiClient.ProblemAsync(change, HttpStatusCode.NotFound);
        await ApiClient.ProblemAsync(delete, HttpStatusCode.NotFound);
        Assert.Equal("Müller", (await germany.GetObjectAsync($"/api/v1/members/{german}"))["familyName"]!.GetValue<string>());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_liaison_cannot_add_people_to_another_countrys_contingent(string database)
    {
        var app = await apps.GetAsync(database);
        var (poland, _, _, observer, eventId, _, _) = await ArrangeAsync(app);

        using var response = await poland.PostAsJsonAsync($"/api/v1/events/{eventId}/countries/DE/members", new { familyName = "Nowak", givenName = "Jan" });

        await ApiClient.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Single(await observer.GetArrayAsync($"/api/v1/events/{eventId}/countries/DE/members"));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Personal_data_are_masked_in_lists_and_shown_to_the_vetting_officer_and_own_liaison_only(string database)
    {
        var app = await apps.GetAsync(database);
        var (poland, _, vetting, observer, eventId, polish, _) = await ArrangeAsync(app);

        var listed = (await observer.GetArrayAsync($"/api/v1/events/{eventId}/countries/PL/members"))[0]!;
        var observed = await observer.GetObjectAsync($"/api/v1/members/{polish}");
        var vetted = await vetting.GetObjectAsync($"/api/v1/members/{polish}");
        var own = await poland.GetObjectAsync($"/api/v1/members/{polish}");

        Assert.Equal("••••••567", listed["documentNumber"]!.GetValue<string>());
        Assert.False(observed["personalDataShown"]!.GetValue<bool>());
        Assert.DoesNotContain("1234", observed["documentNumber"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("AB1234567", vetted["documentNumber"]!.GetValue<string>());
        Assert.Equal(("AB1234567", "1984-05-17"), (own["documentNumber"]!.GetValue<string>(), own["dateOfBirth"]!.GetValue<string>()));
        Assert.Equal("Łukasz", own["givenName"]!.GetValue<string>());
    }

    private static async Task<Guid> CreateAsync(HttpClient client, Guid eventId, string country, string family, string given, string document)
    {
        using var response = await client.PostAsJsonAsync($"/api/v1/events/{eventId}/countries/{country}/members",
            new { familyName = family, givenName = given, rank = "Sergeant", dateOfBirth = "1984-05-17", documentNumber = document, phone = "+48 600 100 200" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
    }
}
