using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Contingents;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Security;

/// <summary>
/// Issue 12, point 1: the sign-in cookie alone does not let another site change anything through the API. The requests
/// here are the ones a plain HTML form on another origin can make without the browser asking first.
/// </summary>
public sealed class CrossSiteRequestTests(Apps apps)
{
    private const string Evil = "http://evil.example";

    [Fact]
    public async Task A_form_post_from_another_site_with_an_administrators_cookie_locks_nobody()
    {
        var app = await apps.GetAsync(Databases.Sqlite);
        var admin = await AdministratorSessionAsync(app);
        var (victim, _) = await TestUsers.CreateAsync(app.Services, Roles.Observer, null);
        var victimId = await IdOfAsync(app, victim);

        using var fromEvil = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/users/{victimId}/lock") { Content = new FormUrlEncodedContent([]) };
        fromEvil.Headers.Add("Origin", Evil);
        using var refused = await admin.SendAsync(fromEvil);
        using var noOrigin = await admin.PostAsync($"/api/v1/users/{victimId}/lock", new StringContent("x", Encoding.UTF8, "text/plain"));

        var problem = await ApiClient.ProblemAsync(refused, HttpStatusCode.Forbidden);
        Assert.Contains("bearer token", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await ApiClient.ProblemAsync(noOrigin, HttpStatusCode.Forbidden);
        var user = await (await app.ClientAsync(Roles.Administrator)).GetObjectAsync($"/api/v1/users/{victimId}");
        Assert.Null(user["lockedUntil"]);
    }

    [Fact]
    public async Task A_multipart_roster_posted_with_a_liaisons_cookie_from_another_port_creates_no_member()
    {
        var app = await apps.GetAsync(Databases.Sqlite);
        var world = await ContingentWorld.CreateAsync(app);
        var (userName, password) = await TestUsers.CreateAsync(app.Services, Roles.CountryLiaison, "PL");
        var liaison = await CookieSession.SignInAsync(app, userName, password);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(await Rosters.RosterSamples.Csv(TestRoster.Three)), "file", "r.csv" } };
        using var post = new HttpRequestMessage(HttpMethod.Post, world.Roster("PL")) { Content = form };
        post.Headers.Add("Origin", "http://localhost:8081");

        using var response = await liaison.SendAsync(post);

        await ApiClient.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Empty(await world.MembersAsync("PL"));
    }

    [Fact]
    public async Task The_apps_own_pages_may_write_with_the_cookie_and_the_antiforgery_header_and_scripts_keep_their_bearer_tokens()
    {
        var app = await apps.GetAsync(Databases.Sqlite);
        var admin = await AdministratorSessionAsync(app);
        var (first, _) = await TestUsers.CreateAsync(app.Services, Roles.Observer, null);
        var (second, _) = await TestUsers.CreateAsync(app.Services, Roles.Observer, null);

        using var own = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/users/{await IdOfAsync(app, first)}/lock");
        own.Headers.Add("Origin", "http://localhost");
        own.Headers.Add("RequestVerificationToken", await CookieSession.AntiforgeryTokenAsync(admin));
        using var withToken = await admin.SendAsync(own);
        using var script = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/users/{await IdOfAsync(app, second)}/lock");
        script.Headers.Add("Origin", Evil);
        using var bearer = await (await app.ClientAsync(Roles.Administrator)).SendAsync(script);
        using var read = await admin.GetAsync("/api/v1/users");

        Assert.Equal(HttpStatusCode.OK, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bearer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    private static async Task<HttpClient> AdministratorSessionAsync(ConcordiaApp app)
    {
        var (userName, password) = await TestUsers.CreateAsync(app.Services, Roles.Administrator, null);
        return await CookieSession.SignInAsync(app, userName, password);
    }

    private static async Task<Guid> IdOfAsync(ConcordiaApp app, string userName) =>
        (await (await app.ClientAsync(Roles.Administrator)).GetArrayAsync("/api/v1/users"))
        .Single(u => u!["userName"]!.GetValue<string>() == userName)!["id"]!.GetValue<Guid>();
}
