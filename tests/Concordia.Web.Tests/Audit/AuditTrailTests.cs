using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Concordia.Web.Tests.Audit;

public sealed class AuditTrailTests(Apps apps)
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_change_records_who_from_where_and_the_changed_fields_before_and_after(string database)
    {
        var app = await apps.GetAsync(database);
        var coordinator = await app.ClientAsync(Roles.HostCoordinator);
        var eventId = await coordinator.ImportAsync(TestScenario.Small());
        var site = (await coordinator.GetArrayAsync($"/api/v1/events/{eventId}/sites?q=stade"))[0]!.AsObject();

        (await coordinator.PutAsJsonAsync($"/api/v1/events/{eventId}/sites/{site["id"]}",
            new { code = "STA", name = "Stade de France – North stands", kind = "venue", location = new { lat = 48.92448, lon = 2.36013 }, capacity = 77083, version = 0 }))
            .EnsureSuccessStatusCode();

        var admin = await app.ClientAsync(Roles.Administrator);
        var entry = (await admin.GetObjectAsync($"/api/v1/audit?entityType=Site&entityId={site["id"]}"))["items"]![0]!;
        Assert.Equal(("Updated", "Test HostCoordinator"), (entry["action"]!.GetValue<string>(), entry["userName"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(entry["origin"]!.GetValue<string>()));
        var changes = JsonNode.Parse(entry["changes"]!.GetValue<string>())!;
        Assert.Equal(("Stade de France", "Stade de France – North stands"), (changes["Name"]!["before"]!.GetValue<string>(), changes["Name"]!["after"]!.GetValue<string>()));
        Assert.Null(changes["Lat"]);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Personal_data_never_enter_the_audit_trail_in_clear(string database)
    {
        var app = await apps.GetAsync(database);
        var eventId = await (await app.ClientAsync(Roles.HostCoordinator)).ImportAsync(TestScenario.Small());
        var liaison = await app.ClientAsync(Roles.CountryLiaison, "PL");
        using var created = await liaison.PostAsJsonAsync($"/api/v1/events/{eventId}/countries/PL/members",
            new { familyName = "Nowak", givenName = "Anna", documentNumber = "PL7654321", phone = "+48 500 600 700", dateOfBirth = "1990-01-01" });
        var memberId = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();

        var entry = (await (await app.ClientAsync(Roles.Administrator)).GetObjectAsync($"/api/v1/audit?entityType=Member&entityId={memberId}"))["items"]![0]!;

        var changes = entry["changes"]!.GetValue<string>();
        Assert.Contains("Nowak", changes, StringComparison.Ordinal);
        Assert.DoesNotContain("PL7654321", changes, StringComparison.Ordinal);
        Assert.DoesNotContain("600 700", changes, StringComparison.Ordinal);
        Assert.Contains("(protected)", changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_one_audit_row_by_hand_makes_concordia_audit_verify_fail_and_name_that_row()
    {
        await using var app = await ConcordiaApp.StartAsync(Databases.Sqlite);
        var coordinator = await app.ClientAsync(Roles.HostCoordinator);
        var eventId = await coordinator.ImportAsync(TestScenario.Small());
        (await coordinator.PutAsJsonAsync($"/api/v1/events/{eventId}/alert-level", new { level = "vigilance", version = 0 })).EnsureSuccessStatusCode();
        var (intact, intactOutput) = await ConcordiaCli.RunAsync(app.DataFolder!, "audit", "verify");
        Assert.True(intact == 0, intactOutput);

        long tampered;
        await using (var connection = new SqliteConnection(app.ConnectionString))
        {
            await connection.OpenAsync();
            // An intruder with the file: the append-only trigger first has to go.
            await new SqliteCommand("DROP TRIGGER \"AuditEntries_no_update\"", connection).ExecuteNonQueryAsync();
            tampered = (long)(await new SqliteCommand("SELECT MIN(\"Sequence\") FROM \"AuditEntries\" WHERE \"Action\" = 'ScenarioImported'", connection).ExecuteScalarAsync())!;
            await new SqliteCommand($"UPDATE \"AuditEntries\" SET \"UserName\" = 'someone else' WHERE \"Sequence\" = {tampered}", connection).ExecuteNonQueryAsync();
        }

        var (exitCode, output) = await ConcordiaCli.RunAsync(app.DataFolder!, "audit", "verify");

        Assert.Equal(1, exitCode);
        Assert.Contains($"entry {tampered}: its content does not match its hash", output, StringComparison.Ordinal);
        var api = await (await app.ClientAsync(Roles.Administrator)).GetObjectAsync("/api/v1/audit/verify");
        Assert.Contains(api["breaks"]!.AsArray(), b => b!["sequence"]!.GetValue<long>() == tampered);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public async Task Removing_the_last_entries_makes_concordia_audit_verify_fail_at_the_signed_checkpoint(int removed)
    {
        await using var app = await AppWithSomeHistoryAsync();
        long last;
        await using (var connection = await OpenAsync(app))
        {
            await ExecuteAsync(connection, "DROP TRIGGER \"AuditEntries_no_delete\"");
            last = (long)(await new SqliteCommand("SELECT MAX(\"Sequence\") FROM \"AuditEntries\"", connection).ExecuteScalarAsync())!;
            await ExecuteAsync(connection, $"DELETE FROM \"AuditEntries\" WHERE \"Sequence\" > {last - removed}");
        }

        var (exitCode, output) = await ConcordiaCli.RunAsync(app.DataFolder, "audit", "verify");

        Assert.Equal(1, exitCode);
        Assert.Contains($"entry {last}: the checkpoint of {last} entries is signed, but the trail ends at entry {last - removed}", ConcordiaCli.Unwrapped(output),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_rewritten_with_every_later_hash_recomputed_makes_concordia_audit_verify_fail()
    {
        await using var app = await AppWithSomeHistoryAsync();
        long tampered;
        await using (var connection = await OpenAsync(app))
        {
            await ExecuteAsync(connection, "DROP TRIGGER \"AuditEntries_no_update\"");
            tampered = (long)(await new SqliteCommand("SELECT MIN(\"Sequence\") FROM \"AuditEntries\" WHERE \"Action\" = 'ScenarioImported'", connection).ExecuteScalarAsync())!;
            await ExecuteAsync(connection, $"UPDATE \"AuditEntries\" SET \"UserName\" = 'someone else' WHERE \"Sequence\" = {tampered}");
            await RehashFromAsync(connection, tampered);
        }

        var (exitCode, output) = await ConcordiaCli.RunAsync(app.DataFolder, "audit", "verify");

        Assert.Equal(1, exitCode);
        Assert.Contains($"entry {tampered}: its content does not match its hash", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_checkpoint_written_by_hand_is_not_signed_and_makes_concordia_audit_verify_fail()
    {
        await using var app = await AppWithSomeHistoryAsync();
        var checkpoints = Path.Combine(app.DataFolder, "audit-checkpoints.log");
        var lines = await File.ReadAllLinesAsync(checkpoints);
        var forged = lines[^1].Split(' ');
        forged[0] = "1";

        await File.AppendAllTextAsync(checkpoints, string.Join(' ', forged) + "\n");
        var (exitCode, output) = await ConcordiaCli.RunAsync(app.DataFolder, "audit", "verify");

        Assert.Equal(1, exitCode);
        Assert.Contains($"line {lines.Length + 1} of the checkpoint file is not signed with this installation's audit key", ConcordiaCli.Unwrapped(output),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_delete_audit_rows()
    {
        await using var app = await ConcordiaApp.StartAsync(Databases.Sqlite);
        await (await app.ClientAsync(Roles.HostCoordinator)).ImportAsync(TestScenario.Small());
        await using var connection = new SqliteConnection(app.ConnectionString);
        await connection.OpenAsync();

        var update = await Assert.ThrowsAsync<SqliteException>(() => new SqliteCommand("UPDATE \"AuditEntries\" SET \"UserName\" = 'x'", connection).ExecuteNonQueryAsync());
        var delete = await Assert.ThrowsAsync<SqliteException>(() => new SqliteCommand("DELETE FROM \"AuditEntries\"", connection).ExecuteNonQueryAsync());

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
    }

    /// <summary>An app of its own with a few audited changes, checked intact by the command line before the test tampers.</summary>
    private static async Task<ConcordiaApp> AppWithSomeHistoryAsync()
    {
        var app = await ConcordiaApp.StartAsync(Databases.Sqlite);
        var coordinator = await app.ClientAsync(Roles.HostCoordinator);
        var eventId = await coordinator.ImportAsync(TestScenario.Small());
        foreach (var (level, version) in new[] { ("vigilance", 0), ("urgence-attentat", 1) })
        {
            (await coordinator.PutAsJsonAsync($"/api/v1/events/{eventId}/alert-level", new { level, version })).EnsureSuccessStatusCode();
        }

        var (intact, output) = await ConcordiaCli.RunAsync(app.DataFolder, "audit", "verify");
        Assert.True(intact == 0, output);
        return app;
    }

    private static async Task<SqliteConnection> OpenAsync(ConcordiaApp app)
    {
        var connection = new SqliteConnection(app.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static Task<int> ExecuteAsync(SqliteConnection connection, string sql) => new SqliteCommand(sql, connection).ExecuteNonQueryAsync();

    /// <summary>What an intruder who read the code does: recomputes every hash from <paramref name="first"/> on with the public formula.</summary>
    private static async Task RehashFromAsync(SqliteConnection connection, long first)
    {
        var rows = new List<(long Sequence, string Canonical)>();
        await using (var reader = await new SqliteCommand("SELECT \"Sequence\", \"At\", \"UserId\", \"UserName\", \"Origin\", \"Action\", \"EntityType\", " +
                         $"\"EntityId\", \"Changes\" FROM \"AuditEntries\" WHERE \"Sequence\" >= {first} ORDER BY \"Sequence\"", connection).ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var at = DateTime.SpecifyKind(DateTime.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
                rows.Add((reader.GetInt64(0), string.Join('\u001f', reader.GetInt64(0).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    at.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
                    reader.IsDBNull(2) ? string.Empty : Guid.Parse(reader.GetString(2)).ToString("D"), reader.GetString(3), reader.GetString(4),
                    reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8))));
            }
        }

        var previous = (string)(await new SqliteCommand($"SELECT \"Hash\" FROM \"AuditEntries\" WHERE \"Sequence\" = {first - 1}", connection).ExecuteScalarAsync())!;
        foreach (var (sequence, canonical) in rows)
        {
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(canonical + '\u001f' + previous)));
            await ExecuteAsync(connection, $"UPDATE \"AuditEntries\" SET \"PreviousHash\" = '{previous}', \"Hash\" = '{hash}' WHERE \"Sequence\" = {sequence}");
            previous = hash;
        }
    }

    [Fact]
    public async Task The_csv_export_neutralises_cells_a_spreadsheet_would_run_as_formulas()
    {
        var app = await apps.GetAsync(Databases.Sqlite);
        var eventId = await (await app.ClientAsync(Roles.HostCoordinator)).ImportAsync(TestScenario.Small());
        var (userName, password) = await TestUsers.CreateAsync(app.Services, Roles.HostCoordinator, null, displayName: "=HYPERLINK(\"http://evil.invalid\")");
        var evil = app.CreateClient();
        evil.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await TestUsers.TokenAsync(evil, userName, password));
        using var created = await evil.PostAsJsonAsync($"/api/v1/events/{eventId}/sites",
            new { code = "EVIL", name = "Harmless", kind = "other", location = new { lat = 48.9, lon = 2.3 } });
        var siteId = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();

        using var response = await (await app.ClientAsync(Roles.Administrator)).GetAsync($"/api/v1/audit/export.csv?entityType=Site&entityId={siteId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("sequence,at_utc,user_id,user,origin,action,entity_type,entity_id,changes", lines[0], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.Contains(siteId.ToString(), lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", lines[1], StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", lines[1], StringComparison.Ordinal);
    }
}
