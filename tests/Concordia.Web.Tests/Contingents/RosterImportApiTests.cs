using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Concordia.Data.Rosters;
using Concordia.Web.Tests.Infrastructure;
using Concordia.Web.Tests.Rosters;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Tests.Contingents;

/// <summary>Roster import through the API (issue 5): preview, all-or-nothing commit, re-import by personnel number.</summary>
public sealed class RosterImportApiTests(Apps apps)
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Preview_places_each_error_on_its_row_and_column_and_writes_nothing(string database)
    {
        var world = await ContingentWorld.CreateAsync(await apps.GetAsync(database));

        using var response = await world.UploadAsync(await world.LiaisonAsync("PL"), "PL", TestRoster.WithErrors(), "roster.csv", commit: false);
        var preview = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(preview["valid"]!.GetValue<bool>());
        var errors = preview["errors"]!.AsArray().Select(e => (e!["row"]!.GetValue<int>(), e["columnLetter"]!.GetValue<string>(), e["columnName"]!.GetValue<string>())).ToList();
        Assert.Equal([(3, "B", "Family name"), (4, "D", "Capability"), (4, "E", "Date of birth")], errors.Order());
        Assert.Contains("day first", preview["errors"]!.AsArray().Single(e => e!["columnLetter"]!.GetValue<string>() == "E")!["message"]!.GetValue<string>(),
            StringComparison.Ordinal);
        Assert.Equal([2, 3, 4], preview["rows"]!.AsArray().Select(r => r!["row"]!.GetValue<int>()));
        Assert.Null(preview["plan"]);
        Assert.Empty(await world.MembersAsync("PL"));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_file_with_errors_is_refused_naming_row_and_column_and_the_fixed_file_imports(string database)
    {
        var world = await ContingentWorld.CreateAsync(await apps.GetAsync(database));
        var liaison = await world.LiaisonAsync("PL");

        using var refused = await world.UploadAsync(liaison, "PL", TestRoster.WithErrors(), "roster.csv", commit: true);
        var problem = await ApiClient.ProblemAsync(refused, HttpStatusCode.BadRequest);
        var membersAfterRefusal = await world.MembersAsync("PL");
        var imported = await world.ImportAsync("PL", TestRoster.Fixed());

        Assert.Contains("row 3, column B (Family name)", ApiClient.Fields(problem));
        Assert.Contains("row 4, column E (Date of birth)", ApiClient.Fields(problem));
        Assert.Equal(3, problem["rosterErrors"]!.AsArray().Count);
        Assert.Empty(membersAfterRefusal);
        Assert.Equal((3, 0, 0), (imported["created"]!.GetValue<int>(), imported["updated"]!.GetValue<int>(), imported["unchanged"]!.GetValue<int>()));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Importing_the_same_file_again_changes_nothing_and_an_updated_file_updates_members_by_personnel_number(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await ContingentWorld.CreateAsync(app);
        var file = await RosterSamples.Csv(TestRoster.Three);

        var first = await world.ImportAsync("PL", file);
        var before = await world.MembersAsync("PL");
        var audit = await AuditCountAsync(app, world);
        var again = await world.ImportAsync("PL", file);
        var afterAgain = await world.MembersAsync("PL");
        var updated = await world.ImportAsync("PL", await RosterSamples.Csv([TestRoster.Malgorzata with { Rank = "Starszy aspirant" }, TestRoster.Pawel]));
        var after = await world.MembersAsync("PL");

        Assert.Equal(3, first["created"]!.GetValue<int>());
        Assert.Equal((0, 0, 3), (again["created"]!.GetValue<int>(), again["updated"]!.GetValue<int>(), again["unchanged"]!.GetValue<int>()));
        Assert.Equal(before.ToJsonString(), afterAgain.ToJsonString());
        Assert.Equal(audit, await AuditCountAsync(app, world) - 1);
        Assert.Equal((0, 1, 1, 1), (updated["created"]!.GetValue<int>(), updated["updated"]!.GetValue<int>(), updated["unchanged"]!.GetValue<int>(),
            updated["notInFile"]!.GetValue<int>()));
        var malgorzata = after.Single(m => m!["personnelNumber"]!.GetValue<string>() == "PL-KGP-0001")!;
        Assert.Equal("Starszy aspirant", malgorzata["rank"]!.GetValue<string>());
        Assert.Equal(3, after.Count);
        Assert.All(after, m => Assert.NotNull(m!["commitmentId"]));
        Assert.Equal("Rex", after.Single(m => m!["personnelNumber"]!.GetValue<string>() == "PL-ZW-0003")!["dog"]!["name"]!.GetValue<string>());
        Assert.Equal(world.Commitments[("PL", world.Canine)], after.Single(m => m!["dog"] is not null)!["commitmentId"]!.GetValue<Guid>());
    }

    public static TheoryData<string> Variants => new("utf8-bom-comma-english", "utf8-semicolon-french", "cp1250-semicolon-day-first", "utf16-tab", "xlsx-french");

    [Theory, MemberData(nameof(Variants))]
    public async Task Every_file_shape_liaisons_send_imports_the_same_members(string variant)
    {
        var world = await ContingentWorld.CreateAsync(await apps.GetAsync(Databases.Sqlite));
        var (file, name) = await TestRoster.VariantAsync(variant);

        var imported = await world.ImportAsync("PL", file, name);
        var members = await world.MembersAsync("PL");

        Assert.Equal(3, imported["created"]!.GetValue<int>());
        Assert.Equal(["Kowalski Paweł", "Wiśniewska-Łęcka Małgorzata", "Zieliński Grzegorz"],
            members.Select(m => $"{m!["familyName"]} {m["givenName"]}").Order(StringComparer.Ordinal));
        var malgorzata = await (await world.LiaisonAsync("PL")).GetObjectAsync($"/api/v1/members/{members.Single(m => m!["personnelNumber"]!.GetValue<string>() == "PL-KGP-0001")!["id"]}");
        Assert.Equal(("1988-11-23", "EA1234567", "requested"), (malgorzata["dateOfBirth"]!.GetValue<string>(), malgorzata["documentNumber"]!.GetValue<string>(),
            malgorzata["weaponAuthorisation"]!.GetValue<string>()));
        Assert.Equal(["pl:native", "fr:b1"], malgorzata["languages"]!.AsArray().Select(l => $"{l!["code"]}:{l["level"]}"));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Malformed_files_get_one_clear_error_and_change_nothing(string database)
    {
        var world = await ContingentWorld.CreateAsync(await apps.GetAsync(database));
        var liaison = await world.LiaisonAsync("PL");
        var xlsx = await RosterSamples.Xlsx(TestRoster.Three);
        var cases = new (byte[] File, string Name, string Expected)[]
        {
            (xlsx[..(xlsx.Length / 2)], "roster.xlsx", "damaged or cut short"),
            (Encoding.UTF8.GetBytes("Colour,Size,Weight\r\nred,L,80\r\n"), "roster.csv", "not a roster header"),
            ([], "roster.csv", "empty"),
        };

        foreach (var (file, name, expected) in cases)
        {
            using var response = await world.UploadAsync(liaison, "PL", file, name, commit: true);
            var problem = await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest);
            Assert.Contains(expected, problem.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        }

        using var huge = new StreamContent(new FillerStream(100L * 1024 * 1024));
        huge.Headers.ContentLength = 100L * 1024 * 1024;
        using var tooLarge = await liaison.PostAsync($"{world.Roster("PL")}?fileName=roster.csv", huge);
        var hugeProblem = await ApiClient.ProblemAsync(tooLarge, HttpStatusCode.BadRequest);
        Assert.Contains("larger than the 10 MiB a roster may be (100 MiB)", hugeProblem.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(await world.MembersAsync("PL"));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_commit_the_database_refuses_halfway_leaves_the_contingent_and_the_audit_trail_as_they_were(string database)
    {
        var app = await apps.GetAsync(database);
        var world = await ContingentWorld.CreateAsync(app);
        await world.ImportAsync("PL", await RosterSamples.Csv([TestRoster.Malgorzata, TestRoster.Pawel]));
        var before = (await world.MembersAsync("PL")).ToJsonString();
        var audit = await AuditCountAsync(app, world);
        var marker = "Odmowa" + new string([.. Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(8)]);
        await using var trigger = await RefusingTrigger.CreateAsync(app, database, marker);
        var file = await RosterSamples.Csv([TestRoster.Malgorzata with { Rank = "Komisarz" }, TestRoster.Pawel, TestRoster.Grzegorz,
            TestRoster.Grzegorz with { PersonnelNumber = "PL-ZW-0004", FamilyName = marker, DocumentNumber = "EC9998887" }]);

        using var response = await world.UploadAsync(await world.LiaisonAsync("PL"), "PL", file, "roster.csv", commit: true);

        await ApiClient.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(before, (await world.MembersAsync("PL")).ToJsonString());
        Assert.Equal(audit, await AuditCountAsync(app, world));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Another_countrys_liaison_can_neither_see_nor_import_into_the_contingent(string database)
    {
        var world = await ContingentWorld.CreateAsync(await apps.GetAsync(database));
        await world.ImportAsync("PL", await RosterSamples.Csv(TestRoster.Three));
        var german = await world.LiaisonAsync("DE");
        var polishMember = (await world.MembersAsync("PL"))[0]!["id"]!.GetValue<Guid>();
        var file = await RosterSamples.Csv([TestRoster.Pawel with { FamilyName = "Eindringling" }]);

        using var preview = await world.UploadAsync(german, "PL", file, "roster.csv", commit: false);
        using var commit = await world.UploadAsync(german, "PL", file, "roster.csv", commit: true);
        using var list = await german.GetAsync($"/api/v1/events/{world.EventId}/countries/PL/members");
        using var export = await german.GetAsync($"{world.Roster("PL")}/export");
        using var byId = await german.GetAsync($"/api/v1/members/{polishMember}");
        var contingents = await german.GetArrayAsync($"/api/v1/events/{world.EventId}/contingents");
        var accreditations = await german.GetObjectAsync($"/api/v1/events/{world.EventId}/accreditations");

        await ApiClient.ProblemAsync(preview, HttpStatusCode.Forbidden);
        await ApiClient.ProblemAsync(commit, HttpStatusCode.Forbidden);
        await ApiClient.ProblemAsync(list, HttpStatusCode.Forbidden);
        await ApiClient.ProblemAsync(export, HttpStatusCode.Forbidden);
        await ApiClient.ProblemAsync(byId, HttpStatusCode.NotFound);
        Assert.Equal(["DE"], contingents.Select(c => c!["country"]!.GetValue<string>()));
        Assert.All(accreditations["items"]!.AsArray(), a => Assert.Equal("DE", a!["country"]!.GetValue<string>()));
        Assert.DoesNotContain(await world.MembersAsync("PL"), m => m!["familyName"]!.GetValue<string>() == "Eindringling");
    }

    [Fact]
    public async Task A_multipart_upload_imports_and_the_export_reads_back_to_the_same_members()
    {
        var world = await ContingentWorld.CreateAsync(await apps.GetAsync(Databases.Sqlite));
        var liaison = await world.LiaisonAsync("PL");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(await RosterSamples.Xlsx(TestRoster.Three)), "file", "effectif.xlsx" } };

        using var imported = await liaison.PostAsync(world.Roster("PL"), form);
        using var export = await liaison.GetAsync($"{world.Roster("PL")}/export?format=csv&language=fr");
        var exported = await export.Content.ReadAsByteArrayAsync();
        var again = await world.ImportAsync("PL", exported, "export.csv");
        using var template = await liaison.GetAsync("/api/v1/roster/template?format=xlsx&language=fr");

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.StartsWith("Matricule;Nom;Prénom;Grade", TestRoster.Text(exported), StringComparison.Ordinal);
        Assert.Contains("Wiśniewska-Łęcka;Małgorzata", TestRoster.Text(exported), StringComparison.Ordinal);
        Assert.Equal((0, 0, 3), (again["created"]!.GetValue<int>(), again["updated"]!.GetValue<int>(), again["unchanged"]!.GetValue<int>()));
        Assert.Equal("roster-template-fr.xlsx", template.Content.Headers.ContentDisposition?.FileName);
    }

    private static async Task<int> AuditCountAsync(ConcordiaApp app, ContingentWorld world)
    {
        await using var system = new SystemDb(app.Services);
        return await system.Db.AuditEntries.CountAsync(a => a.EntityId == $"{world.EventCode}/PL");
    }

    /// <summary>A request body of zeros that is never held in memory.</summary>
    private sealed class FillerStream(long length) : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - position);
            Array.Clear(buffer, offset, n);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
