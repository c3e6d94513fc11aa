using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Legal;

/// <summary>
/// Legal statuses of foreign officers (issue 11): the host decides them, each change is a version and audited, bad
/// input changes nothing, documents must be PDFs, and a liaison reads and comments on their own country's only.
/// </summary>
public sealed class LegalStatusApiTests(Apps apps)
{
    /// <summary>The smallest file that is a PDF by its header and end marker.</summary>
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>Paris 2024 for Poland: armed with pistols, national uniform, no powers, two French officers alongside.</summary>
    public static object Paris(int? version = null, string powers = "none", string? consent = null, string? consentDate = null, string validTo = "2024-07-28") => new
    {
        armed = true, weaponTypes = new[] { "pistol" }, uniform = "national-uniform", powers, powersNote = powers == "limited" ? "stop and search with a host officer" : null,
        homeStateConsent = consent, consentDate, hostOfficersPerForeignOfficer = 2, command = "host", basis = "law",
        basisReference = "Article R315-6, internal security code", validFrom = "2024-07-26", validTo, version,
    };

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_host_decides_a_status_and_each_change_is_a_new_version_kept_in_the_history_and_the_audit_trail(string database)
    {
        var app = await apps.GetAsync(database);
        var coordinator = await app.ClientAsync(Roles.HostCoordinator);
        var eventId = await coordinator.ImportAsync(TestScenario.Small());
        var url = $"/api/v1/events/{eventId}/countries/PL/legal-status";

        using var decided = await coordinator.PutAsJsonAsync($"{url}/all", Paris(), ApiClient.Json);
        using var changed = await coordinator.PutAsJsonAsync($"{url}/all", Paris(version: 1, powers: "limited", consent: "Note verbale 2024/118", consentDate: "2024-07-01"), ApiClient.Json);
        var statuses = await coordinator.GetArrayAsync(url);

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.True(changed.StatusCode == HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        var status = Assert.Single(statuses)!;
        Assert.Equal(2, status["version"]!.GetValue<int>());
        Assert.Equal("limited", status["terms"]!["powers"]!.GetValue<string>());
        Assert.Equal("Note verbale 2024/118", status["terms"]!["homeStateConsent"]!.GetValue<string>());
        var versions = status["versions"]!.AsArray();
        Assert.Equal([2, 1], versions.Select(v => v!["number"]!.GetValue<int>()));
        Assert.Equal("none", versions[1]!["terms"]!["powers"]!.GetValue<string>());
        var admin = await app.ClientAsync(Roles.Administrator);
        var audit = (await admin.GetObjectAsync($"/api/v1/audit?entityType=LegalStatus&entityId={status["id"]}"))["items"]!.AsArray();
        Assert.Equal(["Updated", "Created"], audit.Select(e => e!["action"]!.GetValue<string>()));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Bad_terms_are_refused_naming_each_field_and_change_nothing(string database)
    {
        var app = await apps.GetAsync(database);
        var coordinator = await app.ClientAsync(Roles.HostCoordinator);
        var eventId = await coordinator.ImportAsync(TestScenario.Small());
        var url = $"/api/v1/events/{eventId}/countries/PL/legal-status";

        using var outOfEvent = await coordinator.PutAsJsonAsync($"{url}/all", Paris(validTo: "2024-08-11"), ApiClient.Json);
        using var noConsent = await coordinator.PutAsJsonAsync($"{url}/all", Paris(powers: "full"), ApiClient.Json);
        using var armedWithoutWeapons = await coordinator.PutAsJsonAsync($"{url}/all", new
        {
            armed = true, weaponTypes = Array.Empty<string>(), uniform = "national-uniform", powers = "none", hostOfficersPerForeignOfficer = 11,
            command = "host", basis = "invitation", basisReference = "Invitation of 2 May 2024", validFrom = "2024-07-26", validTo = "2024-07-28",
        }, ApiClient.Json);
        using var unknownType = await coordinator.PutAsJsonAsync($"{url}/astronaut", Paris(), ApiClient.Json);
        using var hostItself = await coordinator.PutAsJsonAsync($"/api/v1/events/{eventId}/countries/FR/legal-status/all", Paris(), ApiClient.Json);

        Assert.Contains("validTo", ApiClient.Fields(await ApiClient.ProblemAsync(outOfEvent, HttpStatusCode.BadRequest)));
        Assert.Equal(["homeStateConsent", "consentDate"], ApiClient.Fields(await ApiClient.ProblemAsync(noConsent, HttpStatusCode.BadRequest)));
        Assert.Equal(["weaponTypes", "hostOfficersPerForeignOfficer"],
            ApiClient.Fields(await ApiClient.ProblemAsync(armedWithoutWeapons, HttpStatusCode.BadRequest)));
        Assert.Equal(["officerType"], ApiClient.Fields(await ApiClient.ProblemAsync(unknownType, HttpStatusCode.BadRequest)));
        Assert.Equal(["country"], ApiClient.Fields(await ApiClient.ProblemAsync(hostItself, HttpStatusCode.BadRequest)));
        Assert.Empty(await coordinator.GetArrayAsync(url));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_change_on_a_version_someone_else_changed_is_a_conflict_that_keeps_their_change(string database)
    {
        var app = await apps.GetAsync(database);
        var coordinator = await app.ClientAsync(Roles.HostCoordinator);
        var eventId = await coordinator.ImportAsync(TestScenario.Small());
        var url = $"/api/v1/events/{eventId}/countries/PL/legal-status";
        (await coordinator.PutAsJsonAsync($"{url}/patrol-officer", Paris(), ApiClient.Json)).EnsureSuccessStatusCode();
        (await coordinator.PutAsJsonAsync($"{url}/patrol-officer", Paris(version: 1, validTo: "2024-07-27"), ApiClient.Json)).EnsureSuccessStatusCode();

        using var stale = await coordinator.PutAsJsonAsync($"{url}/patrol-officer", Paris(version: 1), ApiClient.Json);

        await ApiClient.ProblemAsync(stale, HttpStatusCode.Conflict);
        var status = Assert.Single(await coordinator.GetArrayAsync(url))!;
        Assert.Equal("patrol-officer", status["officerType"]!.GetValue<string>());
        Assert.Equal("2024-07-27", status["terms"]!["validTo"]!.GetValue<string>());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Only_pdf_documents_are_attached_each_as_a_new_version_and_read_back_unchanged(string database)
    {
        var app = await apps.GetAsync(database);
        var coordinator = await app.ClientAsync(Roles.HostCoordinator);
        var eventId = await coordinator.ImportAsync(TestScenario.Small());
        var url = $"/api/v1/events/{eventId}/countries/PL/legal-status";
        (await coordinator.PutAsJsonAsync($"{url}/all", Paris(), ApiClient.Json)).EnsureSuccessStatusCode();

        using var notPdf = await coordinator.PostAsync($"{url}/all/documents?title=Agreement&fileName=agreement.pdf",
            Body(Encoding.UTF8.GetBytes("PK\u0003\u0004 a zip file named .pdf")));
        using var attached = await coordinator.PostAsync($"{url}/all/documents?title=Bilateral%20agreement&fileName=agreement.pdf", Body(Pdf));

        Assert.Equal(["file"], ApiClient.Fields(await ApiClient.ProblemAsync(notPdf, HttpStatusCode.BadRequest)));
        Assert.True(attached.StatusCode == HttpStatusCode.OK, await attached.Content.ReadAsStringAsync());
        var status = Assert.Single(await coordinator.GetArrayAsync(url))!;
        Assert.Equal(2, status["version"]!.GetValue<int>());
        Assert.StartsWith("document attached: Bilateral agreement", status["versions"]![0]!["change"]!.GetValue<string>(), StringComparison.Ordinal);
        var document = Assert.Single(status["documents"]!.AsArray())!;
        var polish = await app.ClientAsync(Roles.CountryLiaison, "PL");
        using var download = await polish.GetAsync(document["url"]!.GetValue<string>());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_liaison_sees_and_comments_on_their_own_countrys_status_only_and_cannot_change_it(string database)
    {
        var app = await apps.GetAsync(database);
        var coordinator = await app.ClientAsync(Roles.HostCoordinator);
        var eventId = await coordinator.ImportAsync(TestScenario.Small());
        var url = $"/api/v1/events/{eventId}/countries";
        (await coordinator.PutAsJsonAsync($"{url}/PL/legal-status/all", Paris(), ApiClient.Json)).EnsureSuccessStatusCode();
        (await coordinator.PutAsJsonAsync($"{url}/DE/legal-status/all", Paris(), ApiClient.Json)).EnsureSuccessStatusCode();
        var polish = await app.ClientAsync(Roles.CountryLiaison, "PL");

        using var comment = await polish.PostAsJsonAsync($"{url}/PL/legal-status/all/comments", new { text = "Our officers carry the Glock 17 only." });
        using var otherComment = await polish.PostAsJsonAsync($"{url}/DE/legal-status/all/comments", new { text = "?" });
        using var otherRead = await polish.GetAsync($"{url}/DE/legal-status");
        using var change = await polish.PutAsJsonAsync($"{url}/PL/legal-status/all", Paris(version: 1), ApiClient.Json);
        var overview = await polish.GetArrayAsync($"/api/v1/events/{eventId}/legal-statuses");
        var hostOverview = await coordinator.GetArrayAsync($"/api/v1/events/{eventId}/legal-statuses");

        Assert.Equal(HttpStatusCode.OK, comment.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherComment.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, change.StatusCode);
        Assert.Equal(["PL"], overview.Select(s => s!["country"]!.GetValue<string>()));
        Assert.Equal(["DE", "PL"], hostOverview.Select(s => s!["country"]!.GetValue<string>()).Order());
        var own = Assert.Single(await polish.GetArrayAsync($"{url}/PL/legal-status"))!;
        var remark = Assert.Single(own["comments"]!.AsArray())!;
        Assert.False(remark["byHost"]!.GetValue<bool>());
        Assert.Equal(1, own["version"]!.GetValue<int>());
    }

    private static ByteArrayContent Body(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return content;
    }
}
