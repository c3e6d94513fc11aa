using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Concordia.Data.Identity;
using Concordia.Domain.Contingents;
using Concordia.Tests.Shared;
using Concordia.Web.Tests.Contingents;
using Concordia.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Tests.Legal;

/// <summary>
/// Appointment and induction documents (issue 11, point 4), read back from the PDF with pdftotext: the French host's
/// wording beside the member's, the legal reference, refusals that generate nothing, and English when the member's
/// language has no wording. In the contingent tests' world (host France; Poland and Germany committed).
/// </summary>
public sealed class MemberDocumentsTests(Apps apps)
{
    private const string Reference = "Article R315-6, internal security code";

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_officer_with_powers_gets_an_appointment_in_french_and_german_with_the_legal_reference_and_it_is_audited(string database)
    {
        var (world, members) = await WorldAsync(await apps.GetAsync(database));
        var vetting = await world.VettingAsync();

        using var response = await vetting.GetAsync(DocumentUrl(world, "DE", members.German));

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = await TextAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Nomination en qualité d'agent de police auxiliaire", text, StringComparison.Ordinal);
        Assert.Contains("Bestellung zum Hilfspolizeibeamten", text, StringComparison.Ordinal);
        Assert.Contains("Pouvoirs de police", text, StringComparison.Ordinal);
        Assert.Contains("Exekutivbefugnisse", text, StringComparison.Ordinal);
        Assert.Contains(Reference, text, StringComparison.Ordinal);
        Assert.Contains("Note verbale 2024/118", text, StringComparison.Ordinal);
        Assert.Contains("SCHMIDT Jürgen", text, StringComparison.Ordinal);
        Assert.Contains($"{world.Start:yyyy-MM-dd} – {world.End:yyyy-MM-dd}", text, StringComparison.Ordinal);
        var number = Regex.Match(text, @"A-DE-[0-9A-F]{8}-1").Value;
        Assert.NotEmpty(number);
        var audit = (await (await world.App.ClientAsync(Roles.Administrator)).GetObjectAsync($"/api/v1/audit?entityType=Member&entityId={members.German}"))["items"]!.AsArray();
        Assert.Contains(audit, e => e!["action"]!.GetValue<string>() == "LegalDocumentIssued" && e["changes"]!.ToJsonString().Contains(number, StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_officer_without_powers_gets_an_induction_certificate_in_french_and_polish_from_their_liaison(string database)
    {
        var (world, members) = await WorldAsync(await apps.GetAsync(database));
        var liaison = await world.LiaisonAsync("PL");

        using var response = await liaison.GetAsync(DocumentUrl(world, "PL", members.Polish));

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var text = await TextAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Attestation d'instruction", text, StringComparison.Ordinal);
        Assert.Contains("Zaświadczenie o odbyciu instruktażu", text, StringComparison.Ordinal);
        Assert.Contains("L'agent ne peut pas", text, StringComparison.Ordinal);
        Assert.Contains("Funkcjonariusz nie może", text, StringComparison.Ordinal);
        Assert.Contains("WIŚNIEWSKA-ŁĘCKA Małgorzata", text, StringComparison.Ordinal);
        Assert.Contains(Reference, text, StringComparison.Ordinal);
        Assert.Matches(@"I-PL-[0-9A-F]{8}-1", text);
        Assert.DoesNotContain("Nomination", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_whose_language_has_no_wording_gets_english_and_the_document_says_so()
    {
        var (world, members) = await WorldAsync(await apps.GetAsync(Databases.Sqlite));

        using var response = await (await world.VettingAsync()).GetAsync(DocumentUrl(world, "PL", members.Lithuanian));

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var text = await TextAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Attestation d'instruction", text, StringComparison.Ordinal);
        Assert.Contains("Induction certificate", text, StringComparison.Ordinal);
        Assert.Contains("No translation into the member's language (lt) is available: this part is in English.", text, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Documents_are_refused_without_accreditation_or_a_decided_status_or_for_another_countrys_liaison_and_nothing_is_issued(string database)
    {
        var (world, members) = await WorldAsync(await apps.GetAsync(database));
        var vetting = await world.VettingAsync();

        using var notAccredited = await vetting.GetAsync(DocumentUrl(world, "PL", members.Submitted));
        using var noStatus = await vetting.GetAsync(DocumentUrl(world, "DE", members.GermanDogHandler));
        using var otherCountry = await (await world.LiaisonAsync("DE")).GetAsync(DocumentUrl(world, "PL", members.Polish));
        using var hiddenMember = await (await world.LiaisonAsync("DE")).GetAsync(DocumentUrl(world, "DE", members.Polish));
        using var planner = await (await world.App.ClientAsync(Roles.Planner)).GetAsync(DocumentUrl(world, "PL", members.Polish));

        Assert.Contains("member", ApiClient.Fields(await ApiClient.ProblemAsync(notAccredited, HttpStatusCode.BadRequest)));
        var problem = await ApiClient.ProblemAsync(noStatus, HttpStatusCode.BadRequest);
        Assert.Equal(["legalStatus"], ApiClient.Fields(problem));
        Assert.Contains("has not decided the legal status of Germany's", problem["errors"]!["legalStatus"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        await ApiClient.ProblemAsync(otherCountry, HttpStatusCode.Forbidden);
        await ApiClient.ProblemAsync(hiddenMember, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, planner.StatusCode);
        var admin = await world.App.ClientAsync(Roles.Administrator);
        foreach (var id in new[] { members.Submitted, members.GermanDogHandler })
        {
            var audit = (await admin.GetObjectAsync($"/api/v1/audit?entityType=Member&entityId={id}"))["items"]!.AsArray();
            Assert.DoesNotContain(audit, e => e!["action"]!.GetValue<string>() == "LegalDocumentIssued");
        }
    }

    [Fact]
    public async Task A_status_that_holds_on_none_of_the_events_days_is_refused()
    {
        var (world, members) = await WorldAsync(await apps.GetAsync(Databases.Sqlite));
        await using (var system = new SystemDb(world.App.Services))
        {
            // The event moves a month later after the status was decided for its former days.
            var ev = await system.Db.Events.SingleAsync(e => e.Id == world.EventId);
            var (start, end) = (world.End.AddDays(30), world.End.AddDays(39));
            Assert.True(ev.Update(ev.Name, ev.Description, start, end, [new Domain.Events.EventPhase("main", "Main phase", start, end)]).IsSuccess);
            await system.Db.SaveChangesAsync();
        }

        using var response = await (await world.VettingAsync()).GetAsync(DocumentUrl(world, "PL", members.Polish));

        var problem = await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("none of the event's days", problem["errors"]!["legalStatus"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_contingents_documents_come_in_one_zip_with_the_members_left_out_and_why()
    {
        var (world, members) = await WorldAsync(await apps.GetAsync(Databases.Sqlite));

        using var response = await (await world.LiaisonAsync("PL")).GetAsync($"/api/v1/events/{world.EventId}/countries/PL/legal-documents.zip");

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(2, zip.Entries.Count(e => Regex.IsMatch(e.Name, @"^induction-I-PL-[0-9A-F]{8}-1\.pdf$")));
        using var reader = new StreamReader(zip.GetEntry("not-issued.txt")!.Open());
        var notIssued = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.Contains("NOWAK Jan (PL-SUB-1)", notIssued, StringComparison.Ordinal);
        Assert.Contains("accredited members only", notIssued, StringComparison.Ordinal);
        _ = members;
    }

    private static string DocumentUrl(ContingentWorld world, string country, Guid member) =>
        $"/api/v1/events/{world.EventId}/countries/{country}/members/{member}/legal-document.pdf";

    /// <summary>
    /// Poland: no powers, armed (induction); an accredited Polish officer, one whose first language is Lithuanian and one
    /// not yet accredited. Germany: full powers with consent, for patrol officers only (appointment); an accredited
    /// patrol officer and an accredited dog handler, whose type has no status.
    /// </summary>
    private static async Task<(ContingentWorld World, Members Members)> WorldAsync(ConcordiaApp app)
    {
        var world = await ContingentWorld.CreateAsync(app);
        var url = $"/api/v1/events/{world.EventId}/countries";
        object Terms(string powers) => new
        {
            armed = true, weaponTypes = new[] { "pistol" }, uniform = "national-uniform", powers,
            homeStateConsent = powers == "none" ? null : "Note verbale 2024/118", consentDate = powers == "none" ? null : (DateOnly?)world.Start.AddDays(-10),
            hostOfficersPerForeignOfficer = 1, command = "host", basis = "law", basisReference = Reference, validFrom = world.Start, validTo = world.End,
        };
        using (var pl = await world.Coordinator.PutAsJsonAsync($"{url}/PL/legal-status/all", Terms("none"), ApiClient.Json))
        {
            Assert.True(pl.IsSuccessStatusCode, await pl.Content.ReadAsStringAsync());
        }

        using (var de = await world.Coordinator.PutAsJsonAsync($"{url}/DE/legal-status/patrol-officer", Terms("full"), ApiClient.Json))
        {
            Assert.True(de.IsSuccessStatusCode, await de.Content.ReadAsStringAsync());
        }

        await using var system = new SystemDb(app.Services);
        var db = system.Db;
        var ev = await db.Events.SingleAsync(e => e.Id == world.EventId);
        var now = DateTime.UtcNow;
        Member New(string country, string family, string given, string number, string language, Guid capability, bool accredited)
        {
            var member = Member.Create(ev, country, new MemberDetails(family, given, Rank: "Sergeant", Service: "Police", CapabilityId: capability,
                PersonnelNumber: number, Languages: [new LanguageSkill(language, LanguageLevel.Native)]), now).Value;
            if (accredited)
            {
                member.Accredit("vetting", now);
            }

            db.Members.Add(member);
            return member;
        }

        var members = new Members(
            New("PL", "Wiśniewska-Łęcka", "Małgorzata", "PL-1", "pl", world.Patrol, true).Id,
            New("PL", "Kazlauskas", "Tomas", "PL-2", "lt", world.Patrol, true).Id,
            New("PL", "Nowak", "Jan", "PL-SUB-1", "pl", world.Patrol, false).Id,
            New("DE", "Schmidt", "Jürgen", "DE-1", "de", world.Patrol, true).Id,
            New("DE", "Weber", "Anna", "DE-2", "de", world.Canine, true).Id);
        await db.SaveChangesAsync();
        return (world, members);
    }

    /// <summary>The PDF's text, white space run together (a long text wraps onto several lines).</summary>
    private static async Task<string> TextAsync(byte[] pdf)
    {
        var pdftotext = ExternalTool.Require("pdftotext", "poppler-utils");
        var folder = Directory.CreateTempSubdirectory("concordia-legal-document-").FullName;
        try
        {
            var file = Path.Combine(folder, "document.pdf");
            await File.WriteAllBytesAsync(file, pdf, TestContext.Current.CancellationToken);
            return Regex.Replace(await ExternalTool.RunAsync(pdftotext, "-enc", "UTF-8", file, "-"), @"\s+", " ");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed record Members(Guid Polish, Guid Lithuanian, Guid Submitted, Guid German, Guid GermanDogHandler);
}
