using System.Net.Http.Json;
using System.Text;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Concordia.Web.Tests.Security;

/// <summary>Whoever holds the database, but not the key ring, reads no personal data.</summary>
public sealed class PersonalDataAtRestTests
{
    private const string Document = "ZX9876543";
    private const string Phone = "+34 611 222 333";

    [Fact]
    public async Task The_sqlite_file_holds_no_document_number_phone_or_birth_date_in_clear()
    {
        await using var app = await ConcordiaApp.StartAsync(Databases.Sqlite);
        await CreateMemberAsync(app);
        SqliteConnection.ClearAllPools();

        // Read the raw bytes: the database file and its write-ahead log.
        var bytes = Directory.GetFiles(app.DataFolder!, "concordia.db*").SelectMany(File.ReadAllBytes).ToArray();
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Contains("García", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Document, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, text, StringComparison.Ordinal);
        Assert.DoesNotContain("1979-11-02", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_postgres_table_holds_ciphertext_in_the_personal_data_columns()
    {
        TestEnvironment.RequirePostgres();
        await using var app = await ConcordiaApp.StartAsync(Databases.Postgres);
        await CreateMemberAsync(app);

        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT \"DocumentNumber\", \"Phone\", \"DateOfBirth\", \"FamilyName\" FROM \"Members\"", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());

        Assert.Equal("García", reader.GetString(3));
        Assert.DoesNotContain(Document, reader.GetString(0), StringComparison.Ordinal);
        Assert.DoesNotContain("611", reader.GetString(1), StringComparison.Ordinal);
        Assert.DoesNotContain("1979", reader.GetString(2), StringComparison.Ordinal);
    }

    /// <summary>Issue 12, point 9: outside Development the key ring must be protected at rest, or the app does not start.</summary>
    [Fact]
    public async Task Outside_development_the_app_refuses_to_start_with_a_key_ring_in_clear_unless_explicitly_allowed()
    {
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => ConcordiaApp.StartAsync(Databases.Sqlite, new Dictionary<string, string?> { ["environment"] = "Production" }));
        await using var allowed = await ConcordiaApp.StartAsync(Databases.Sqlite,
            new Dictionary<string, string?> { ["environment"] = "Production", ["Privacy:AllowUnprotectedKeys"] = "true" });

        Assert.Contains("not protected at rest", refused.GetBaseException().Message, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await allowed.CreateClient().GetAsync("/health/live")).StatusCode);
    }

    /// <summary>Issue 12, point 9: with a key-encryption key the key files hold no key in clear, and a restart with the same key reads the data.</summary>
    [Fact]
    public async Task With_a_key_encryption_key_the_key_ring_on_disk_is_encrypted_and_still_reads_after_a_restart()
    {
        var kek = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var settings = new Dictionary<string, string?> { ["environment"] = "Production", ["Privacy:KeyEncryptionKey"] = kek };
        string folder;
        Guid memberId;
        await using (var first = await ConcordiaApp.StartAsync(Databases.Sqlite, settings))
        {
            first.KeepFolder = true;
            folder = first.DataFolder;
            memberId = await CreateMemberAsync(first);
        }

        var keyFiles = Directory.GetFiles(Path.Combine(folder, "keys"), "*.xml").Select(File.ReadAllText).ToList();
        await using var second = await ConcordiaApp.StartAsync(Databases.Sqlite, settings, sqliteFolder: folder);
        var member = await (await second.ClientAsync(Roles.VettingOfficer)).GetObjectAsync($"/api/v1/members/{memberId}");

        Assert.NotEmpty(keyFiles);
        Assert.All(keyFiles, xml => Assert.Contains("KekXmlDecryptor", xml, StringComparison.Ordinal));
        Assert.All(keyFiles, xml => Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal));
        Assert.Equal(Document, member["documentNumber"]!.GetValue<string>());
    }

    private static async Task<Guid> CreateMemberAsync(ConcordiaApp app)
    {
        var eventId = await (await app.ClientAsync(Roles.HostCoordinator)).ImportAsync(TestScenario.Small());
        var liaison = await app.ClientAsync(Roles.CountryLiaison, "ES");
        using var response = await liaison.PostAsJsonAsync($"/api/v1/events/{eventId}/countries/ES/members",
            new { familyName = "García", givenName = "Lucía", dateOfBirth = "1979-11-02", documentNumber = Document, phone = Phone });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["id"]!.GetValue<Guid>();
    }
}
