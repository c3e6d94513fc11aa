using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Concordia.Data.Identity;
using Concordia.Web.Tests.Infrastructure;
using Concordia.Web.Tests.Legal;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Concordia.Web.Tests.Costs;

/// <summary>
/// Agreements, expenses and claims (issue 11, point 2): the host records agreements as versions in the audit trail;
/// a claim asks only for what the agreements say the host pays; claims follow their states and a refused step changes
/// nothing; a liaison records and claims for their own country only; the exports read back.
/// </summary>
public sealed class CostsApiTests(Apps apps)
{
    /// <summary>As at Paris 2024 for the tests: the host pays lodging, shares transport half and half; the country pays the rest.</summary>
    private static object Invitation(int? version = null, int transportShare = 50, string validTo = "2024-07-28") => new
    {
        kind = "invitation-letter", reference = "INV-2024/PL", title = "Invitation to send police officers", signedOn = "2024-05-02",
        validFrom = "2024-07-26", validTo, signatories = "Minister of the Interior; Polish Chief of Police",
        costs = new object[]
        {
            new { category = "lodging", payer = "host" }, new { category = "transport", payer = "shared", hostSharePercent = transportShare },
            new { category = "per-diem", payer = "sending-country" },
        },
        version,
    };

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_host_records_an_agreement_and_each_change_is_a_new_version_kept_in_the_history_and_the_audit_trail(string database)
    {
        var app = await apps.GetAsync(database);
        var coordinator = await app.ClientAsync(Roles.HostCoordinator);
        var eventId = await coordinator.ImportAsync(TestScenario.Small());
        var url = $"/api/v1/events/{eventId}/countries/PL";

        using var recorded = await coordinator.PostAsJsonAsync($"{url}/agreements", Invitation(), ApiClient.Json);
        var id = (await recorded.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        using var changed = await coordinator.PutAsJsonAsync($"{url}/agreements/{id}", Invitation(version: 1, transportShare: 75), ApiClient.Json);
        using var stale = await coordinator.PutAsJsonAsync($"{url}/agreements/{id}", Invitation(version: 1), ApiClient.Json);
        using var attached = await coordinator.PostAsync($"{url}/agreements/{id}/documents?title=Signed%20invitation&fileName=invitation.pdf",
            Pdf(LegalStatusApiTests.Pdf));
        var agreement = Assert.Single((await coordinator.GetObjectAsync($"{url}/costs"))["agreements"]!.AsArray())!;

        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.True(changed.StatusCode == HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        await ApiClient.ProblemAsync(stale, HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, attached.StatusCode);
        Assert.Equal(3, agreement["version"]!.GetValue<int>());
        Assert.Equal([3, 2, 1], agreement["versions"]!.AsArray().Select(v => v!["number"]!.GetValue<int>()));
        var transport = agreement["terms"]!["costs"]!.AsArray().Single(c => c!["category"]!.GetValue<string>() == "transport")!;
        Assert.Equal(("shared", 75), (transport["payer"]!.GetValue<string>(), transport["hostSharePercent"]!.GetValue<int>()));
        var fuel = agreement["terms"]!["costs"]!.AsArray().Single(c => c!["category"]!.GetValue<string>() == "fuel")!;
        Assert.Equal("not-covered", fuel["payer"]!.GetValue<string>());
        Assert.Equal(50, agreement["versions"]![2]!["terms"]!["costs"]!.AsArray()
            .Single(c => c!["category"]!.GetValue<string>() == "transport")!["hostSharePercent"]!.GetValue<int>());
        var admin = await app.ClientAsync(Roles.Administrator);
        var audit = (await admin.GetObjectAsync($"/api/v1/audit?entityType=Agreement&entityId={id}"))["items"]!.AsArray();
        Assert.Equal(["Updated", "Updated", "Created"], audit.Select(e => e!["action"]!.GetValue<string>()));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Bad_agreements_expenses_and_documents_are_refused_naming_each_field_and_change_nothing(string database)
    {
        var app = await apps.GetAsync(database);
        var coordinator = await app.ClientAsync(Roles.HostCoordinator);
        var eventId = await coordinator.ImportAsync(TestScenario.Small());
        var url = $"/api/v1/events/{eventId}/countries/PL";

        using var sharedWithoutShare = await coordinator.PostAsJsonAsync($"{url}/agreements", new
        {
            kind = "memorandum-of-understanding", reference = "MOU-1", title = "Memorandum", validFrom = "2024-08-01", validTo = "2024-08-05",
            costs = new object[] { new { category = "lodging", payer = "shared" }, new { category = "lodging", payer = "host" } },
        }, ApiClient.Json);
        using var withHost = await coordinator.PostAsJsonAsync($"/api/v1/events/{eventId}/countries/FR/agreements", Invitation(), ApiClient.Json);
        using var badExpense = await coordinator.PostAsJsonAsync($"{url}/expenses",
            new { category = "lodging", amount = 10.005m, currency = "EURO", incurredOn = "2024-07-27", description = "Hotel" }, ApiClient.Json);
        using var negative = await coordinator.PostAsJsonAsync($"{url}/expenses",
            new { category = "fuel", amount = -5m, currency = "EUR", incurredOn = "2030-01-01", description = "" }, ApiClient.Json);
        var expense = await RecordAsync(coordinator, url, "lodging", 100m, "EUR");
        using var notPdf = await coordinator.PostAsync($"{url}/expenses/{expense}/receipt?fileName=bill.pdf", Pdf(Encoding.UTF8.GetBytes("PK\u0003\u0004 zip")));

        Assert.Equal(["validFrom", "costs", "costs[0].hostSharePercent"],
            ApiClient.Fields(await ApiClient.ProblemAsync(sharedWithoutShare, HttpStatusCode.BadRequest)));
        Assert.Equal(["country"], ApiClient.Fields(await ApiClient.ProblemAsync(withHost, HttpStatusCode.BadRequest)));
        Assert.Equal(["amount", "currency"], ApiClient.Fields(await ApiClient.ProblemAsync(badExpense, HttpStatusCode.BadRequest)));
        Assert.Equal(["incurredOn", "description", "amount"], ApiClient.Fields(await ApiClient.ProblemAsync(negative, HttpStatusCode.BadRequest)));
        Assert.Equal(["file"], ApiClient.Fields(await ApiClient.ProblemAsync(notPdf, HttpStatusCode.BadRequest)));
        var costs = await coordinator.GetObjectAsync($"{url}/costs");
        Assert.Empty(costs["agreements"]!.AsArray());
        var only = Assert.Single(costs["expenses"]!.AsArray())!;
        Assert.Null(only["receiptUrl"]);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_claim_asks_only_for_what_the_host_pays_and_a_refused_claim_changes_nothing(string database)
    {
        var app = await apps.GetAsync(database);
        var coordinator = await app.ClientAsync(Roles.HostCoordinator);
        var eventId = await coordinator.ImportAsync(TestScenario.Small());
        var url = $"/api/v1/events/{eventId}/countries/PL";
        var polish = await app.ClientAsync(Roles.CountryLiaison, "PL");
        var lodging = await RecordAsync(polish, url, "lodging", 1000m, "EUR");
        var transport = await RecordAsync(polish, url, "transport", 300.25m, "EUR");
        var perDiem = await RecordAsync(polish, url, "per-diem", 200m, "EUR");
        var zloty = await RecordAsync(polish, url, "lodging", 430m, "PLN");

        using var beforeAgreement = await polish.PostAsJsonAsync($"{url}/claims", new { expenseIds = new[] { lodging } });
        (await coordinator.PostAsJsonAsync($"{url}/agreements", Invitation(), ApiClient.Json)).EnsureSuccessStatusCode();
        using var notPaid = await polish.PostAsJsonAsync($"{url}/claims", new { expenseIds = new[] { lodging, perDiem } });
        using var twoCurrencies = await polish.PostAsJsonAsync($"{url}/claims", new { expenseIds = new[] { lodging, zloty } });
        using var drafted = await polish.PostAsJsonAsync($"{url}/claims", new { expenseIds = new[] { lodging, transport } });
        using var again = await polish.PostAsJsonAsync($"{url}/claims", new { expenseIds = new[] { transport } });

        Assert.Equal(["expenseIds"], ApiClient.Fields(await ApiClient.ProblemAsync(beforeAgreement, HttpStatusCode.BadRequest)));
        var problem = await ApiClient.ProblemAsync(notPaid, HttpStatusCode.BadRequest);
        Assert.Equal(["expenseIds[1]"], ApiClient.Fields(problem));
        Assert.Contains("per diem, which the host does not pay", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["expenseIds[1]"], ApiClient.Fields(await ApiClient.ProblemAsync(twoCurrencies, HttpStatusCode.BadRequest)));
        Assert.Equal(HttpStatusCode.Created, drafted.StatusCode);
        Assert.Equal(["expenseIds[0]"], ApiClient.Fields(await ApiClient.ProblemAsync(again, HttpStatusCode.BadRequest)));
        var costs = await polish.GetObjectAsync($"{url}/costs");
        var claim = Assert.Single(costs["claims"]!.AsArray())!;
        Assert.Equal(("draft", "EUR", 1150.13m), (claim["state"]!.GetValue<string>(), claim["currency"]!.GetValue<string>(), claim["claimedAmount"]!.GetValue<decimal>()));
        Assert.Equal([100, 50], claim["lines"]!.AsArray().Select(l => l!["hostPercent"]!.GetValue<int>()));
        var claimed = costs["expenses"]!.AsArray().Where(e => e!["claimId"] is not null).Select(e => e!["id"]!.GetValue<Guid>()).Order();
        Assert.Equal(new[] { lodging, transport }.Order(), claimed);
        var euro = costs["totals"]!.AsArray().Single(t => t!["currency"]!.GetValue<string>() == "EUR")!;
        Assert.Equal((1500.25m, 1150.13m), (euro["expenses"]!.GetValue<decimal>(), euro["claimed"]!.GetValue<decimal>()));
        var zlotys = costs["totals"]!.AsArray().Single(t => t!["currency"]!.GetValue<string>() == "PLN")!;
        Assert.Equal((430m, 0m), (zlotys["expenses"]!.GetValue<decimal>(), zlotys["claimed"]!.GetValue<decimal>()));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_claim_goes_from_draft_to_reimbursed_and_a_step_out_of_turn_is_refused_and_changes_nothing(string database)
    {
        var app = await apps.GetAsync(database);
        var coordinator = await app.ClientAsync(Roles.HostCoordinator);
        var eventId = await coordinator.ImportAsync(TestScenario.Small());
        var url = $"/api/v1/events/{eventId}/countries/PL";
        var polish = await app.ClientAsync(Roles.CountryLiaison, "PL");
        (await coordinator.PostAsJsonAsync($"{url}/agreements", Invitation(), ApiClient.Json)).EnsureSuccessStatusCode();
        var lodging = await RecordAsync(polish, url, "lodging", 1000m, "EUR");
        using var drafted = await polish.PostAsJsonAsync($"{url}/claims", new { expenseIds = new[] { lodging } });
        var claim = (await drafted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        var steps = $"{url}/claims/{claim}";
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        using var approveDraft = await coordinator.PostAsJsonAsync($"{steps}/approve", new { });
        using var submitted = await polish.PostAsJsonAsync($"{steps}/submit", new { });
        using var submitAgain = await polish.PostAsJsonAsync($"{steps}/submit", new { });
        using var liaisonApproves = await polish.PostAsJsonAsync($"{steps}/approve", new { });
        using var reimburseEarly = await coordinator.PostAsJsonAsync($"{steps}/reimburse", new { amount = 10m, reimbursedOn = "2024-09-01" });
        using var partWithoutNote = await coordinator.PostAsJsonAsync($"{steps}/approve", new { amount = 900m });
        using var tooMuch = await coordinator.PostAsJsonAsync($"{steps}/approve", new { amount = 1000.01m });
        var stillSubmitted = await State(coordinator, url, claim);
        using var approved = await coordinator.PostAsJsonAsync($"{steps}/approve", new { amount = 900m, note = "Two nights outside the agreed dates" });
        using var rejectApproved = await coordinator.PostAsJsonAsync($"{steps}/reject", new { note = "No" });
        using var overpaid = await coordinator.PostAsJsonAsync($"{steps}/reimburse", new { amount = 950m, reimbursedOn = today });
        using var reimbursed = await coordinator.PostAsJsonAsync($"{steps}/reimburse", new { amount = 900m, reimbursedOn = today });

        Assert.Equal(["state"], ApiClient.Fields(await ApiClient.ProblemAsync(approveDraft, HttpStatusCode.BadRequest)));
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal(["state"], ApiClient.Fields(await ApiClient.ProblemAsync(submitAgain, HttpStatusCode.BadRequest)));
        Assert.Equal(HttpStatusCode.Forbidden, liaisonApproves.StatusCode);
        Assert.Equal(["state"], ApiClient.Fields(await ApiClient.ProblemAsync(reimburseEarly, HttpStatusCode.BadRequest)));
        Assert.Equal(["note"], ApiClient.Fields(await ApiClient.ProblemAsync(partWithoutNote, HttpStatusCode.BadRequest)));
        Assert.Equal(["amount"], ApiClient.Fields(await ApiClient.ProblemAsync(tooMuch, HttpStatusCode.BadRequest)));
        Assert.Equal(("submitted", 2), stillSubmitted);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(["state"], ApiClient.Fields(await ApiClient.ProblemAsync(rejectApproved, HttpStatusCode.BadRequest)));
        Assert.Equal(["amount"], ApiClient.Fields(await ApiClient.ProblemAsync(overpaid, HttpStatusCode.BadRequest)));
        Assert.Equal(HttpStatusCode.OK, reimbursed.StatusCode);
        var final = Assert.Single(await polish.GetArrayAsync($"/api/v1/events/{eventId}/claims"))!;
        Assert.Equal(("reimbursed", true, 900m, today), (final["state"]!.GetValue<string>(), final["approvedInPart"]!.GetValue<bool>(),
            final["reimbursedAmount"]!.GetValue<decimal>(), final["reimbursedOn"]!.GetValue<string>()));
        var admin = await app.ClientAsync(Roles.Administrator);
        var audit = (await admin.GetObjectAsync($"/api/v1/audit?entityType=Claim&entityId={claim}"))["items"]!.AsArray();
        Assert.Equal(["Updated", "Updated", "Updated", "Created"], audit.Select(e => e!["action"]!.GetValue<string>()));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_rejected_claim_frees_its_expenses_to_be_claimed_again(string database)
    {
        var app = await apps.GetAsync(database);
        var coordinator = await app.ClientAsync(Roles.HostCoordinator);
        var eventId = await coordinator.ImportAsync(TestScenario.Small());
        var url = $"/api/v1/events/{eventId}/countries/PL";
        (await coordinator.PostAsJsonAsync($"{url}/agreements", Invitation(), ApiClient.Json)).EnsureSuccessStatusCode();
        var lodging = await RecordAsync(coordinator, url, "lodging", 80m, "EUR");
        using var drafted = await coordinator.PostAsJsonAsync($"{url}/claims", new { expenseIds = new[] { lodging } });
        var claim = (await drafted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        (await coordinator.PostAsJsonAsync($"{url}/claims/{claim}/submit", new { })).EnsureSuccessStatusCode();

        using var withoutReason = await coordinator.PostAsJsonAsync($"{url}/claims/{claim}/reject", new { });
        using var rejected = await coordinator.PostAsJsonAsync($"{url}/claims/{claim}/reject", new { note = "No receipt" });
        using var again = await coordinator.PostAsJsonAsync($"{url}/claims", new { expenseIds = new[] { lodging } });

        Assert.Equal(["note"], ApiClient.Fields(await ApiClient.ProblemAsync(withoutReason, HttpStatusCode.BadRequest)));
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var costs = await coordinator.GetObjectAsync($"{url}/costs");
        Assert.Equal(["rejected", "draft"], costs["claims"]!.AsArray().Select(c => c!["state"]!.GetValue<string>()));
        Assert.Equal(80m, costs["totals"]![0]!["claimed"]!.GetValue<decimal>());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_liaison_records_and_reads_their_own_countrys_costs_only(string database)
    {
        var app = await apps.GetAsync(database);
        var coordinator = await app.ClientAsync(Roles.HostCoordinator);
        var eventId = await coordinator.ImportAsync(TestScenario.Small());
        var url = $"/api/v1/events/{eventId}/countries";
        (await coordinator.PostAsJsonAsync($"{url}/PL/agreements", Invitation(), ApiClient.Json)).EnsureSuccessStatusCode();
        (await coordinator.PostAsJsonAsync($"{url}/DE/agreements", Invitation(), ApiClient.Json)).EnsureSuccessStatusCode();
        await RecordAsync(coordinator, $"{url}/DE", "lodging", 50m, "EUR");
        var polish = await app.ClientAsync(Roles.CountryLiaison, "PL");

        var own = await RecordAsync(polish, $"{url}/PL", "lodging", 70m, "EUR");
        using var otherExpense = await polish.PostAsJsonAsync($"{url}/DE/expenses",
            new { category = "lodging", amount = 1m, currency = "EUR", incurredOn = "2024-07-27", description = "Hotel" }, ApiClient.Json);
        using var otherCosts = await polish.GetAsync($"{url}/DE/costs");
        using var record = await polish.PostAsJsonAsync($"{url}/PL/agreements", Invitation(), ApiClient.Json);
        var agreements = await polish.GetArrayAsync($"/api/v1/events/{eventId}/agreements");
        using var csv = await polish.GetAsync($"/api/v1/events/{eventId}/expenses/export.csv");

        Assert.NotEqual(Guid.Empty, own);
        Assert.Equal(HttpStatusCode.Forbidden, otherExpense.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherCosts.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, record.StatusCode);
        Assert.Equal(["PL"], agreements.Select(a => a!["country"]!.GetValue<string>()));
        var rows = await ReadCsvAsync(csv);
        Assert.Equal(["PL"], rows.Select(r => r["country"]));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_expense_and_claim_exports_read_back_as_csv_and_xlsx(string database)
    {
        var app = await apps.GetAsync(database);
        var coordinator = await app.ClientAsync(Roles.HostCoordinator);
        var eventId = await coordinator.ImportAsync(TestScenario.Small());
        var url = $"/api/v1/events/{eventId}/countries/PL";
        (await coordinator.PostAsJsonAsync($"{url}/agreements", Invitation(), ApiClient.Json)).EnsureSuccessStatusCode();
        var lodging = await RecordAsync(coordinator, url, "lodging", 1234.5m, "EUR");
        await RecordAsync(coordinator, url, "per-diem", 99m, "PLN");
        (await coordinator.PostAsJsonAsync($"{url}/claims", new { expenseIds = new[] { lodging } })).EnsureSuccessStatusCode();

        using var expensesCsv = await coordinator.GetAsync($"/api/v1/events/{eventId}/expenses/export.csv");
        using var claimsCsv = await coordinator.GetAsync($"/api/v1/events/{eventId}/claims/export.csv");
        using var expensesXlsx = await coordinator.GetAsync($"/api/v1/events/{eventId}/expenses/export.xlsx");
        using var claimsXlsx = await coordinator.GetAsync($"/api/v1/events/{eventId}/claims/export.xlsx");

        var expenses = await ReadCsvAsync(expensesCsv);
        Assert.Equal([("lodging", "1234.50", "EUR", "yes"), ("per-diem", "99.00", "PLN", "no")],
            expenses.Select(r => (r["category"], r["amount"], r["currency"], r["claimed"])).Order());
        var claim = Assert.Single(await ReadCsvAsync(claimsCsv));
        Assert.Equal(("PL", "draft", "EUR", "1", "1234.50"), (claim["country"], claim["state"], claim["currency"], claim["expenses"], claim["claimed"]));
        var sheet = await ReadXlsxAsync(expensesXlsx);
        Assert.Equal(["country", "category", "amount", "currency"], sheet[0].Take(4));
        Assert.Equal(3, sheet.Count);
        var claims = await ReadXlsxAsync(claimsXlsx);
        Assert.Equal(["PL", "draft", "EUR", "1", "1234.50"], claims[1].Take(5));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task An_expense_is_corrected_or_deleted_only_while_no_claim_holds_it_and_a_discarded_draft_frees_it(string database)
    {
        var app = await apps.GetAsync(database);
        var coordinator = await app.ClientAsync(Roles.HostCoordinator);
        var eventId = await coordinator.ImportAsync(TestScenario.Small());
        var url = $"/api/v1/events/{eventId}/countries/PL";
        var polish = await app.ClientAsync(Roles.CountryLiaison, "PL");
        var german = await app.ClientAsync(Roles.CountryLiaison, "DE");
        (await coordinator.PostAsJsonAsync($"{url}/agreements", Invitation(), ApiClient.Json)).EnsureSuccessStatusCode();
        var lodging = await RecordAsync(polish, url, "lodging", 100m, "EUR");
        var extra = await RecordAsync(polish, url, "lodging", 40m, "EUR");

        using var corrected = await polish.PutAsJsonAsync($"{url}/expenses/{lodging}",
            new { category = "lodging", amount = 120.5m, currency = "EUR", incurredOn = "2024-07-28", description = "Hotel rooms, three nights" }, ApiClient.Json);
        using var badCorrection = await polish.PutAsJsonAsync($"{url}/expenses/{lodging}",
            new { category = "lodging", amount = -1m, currency = "XYZ", incurredOn = "2024-07-28", description = "Hotel" }, ApiClient.Json);
        using var otherCountry = await german.DeleteAsync($"{url}/expenses/{extra}");
        using var deleted = await polish.DeleteAsync($"{url}/expenses/{extra}");
        using var drafted = await polish.PostAsJsonAsync($"{url}/claims", new { expenseIds = new[] { lodging } });
        var claim = (await drafted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        using var changeClaimed = await polish.PutAsJsonAsync($"{url}/expenses/{lodging}",
            new { category = "lodging", amount = 1m, currency = "EUR", incurredOn = "2024-07-28", description = "Hotel" }, ApiClient.Json);
        using var deleteClaimed = await polish.DeleteAsync($"{url}/expenses/{lodging}");
        using var staleDiscard = await polish.DeleteAsync($"{url}/claims/{claim}?version=7");
        using var discarded = await polish.DeleteAsync($"{url}/claims/{claim}?version=1");
        using var freedAgain = await polish.PutAsJsonAsync($"{url}/expenses/{lodging}",
            new { category = "lodging", amount = 130m, currency = "EUR", incurredOn = "2024-07-28", description = "Hotel rooms, three nights" }, ApiClient.Json);
        using var redrafted = await polish.PostAsJsonAsync($"{url}/claims", new { expenseIds = new[] { lodging } });
        var submittedClaim = (await redrafted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        (await polish.PostAsJsonAsync($"{url}/claims/{submittedClaim}/submit", new { })).EnsureSuccessStatusCode();
        using var discardSubmitted = await polish.DeleteAsync($"{url}/claims/{submittedClaim}");
        using var deleteSubmitted = await coordinator.DeleteAsync($"{url}/expenses/{lodging}");

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(["amount", "currency"], ApiClient.Fields(await ApiClient.ProblemAsync(badCorrection, HttpStatusCode.BadRequest)));
        Assert.Equal(HttpStatusCode.Forbidden, otherCountry.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(["claimId"], ApiClient.Fields(await ApiClient.ProblemAsync(changeClaimed, HttpStatusCode.BadRequest)));
        Assert.Equal(["claimId"], ApiClient.Fields(await ApiClient.ProblemAsync(deleteClaimed, HttpStatusCode.BadRequest)));
        await ApiClient.ProblemAsync(staleDiscard, HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.NoContent, discarded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, freedAgain.StatusCode);
        Assert.Equal(["state"], ApiClient.Fields(await ApiClient.ProblemAsync(discardSubmitted, HttpStatusCode.BadRequest)));
        Assert.Equal(["claimId"], ApiClient.Fields(await ApiClient.ProblemAsync(deleteSubmitted, HttpStatusCode.BadRequest)));
        var costs = await polish.GetObjectAsync($"{url}/costs");
        var expense = Assert.Single(costs["expenses"]!.AsArray())!;
        Assert.Equal((130m, "2024-07-28", submittedClaim), (expense["amount"]!.GetValue<decimal>(), expense["incurredOn"]!.GetValue<string>(),
            expense["claimId"]!.GetValue<Guid>()));
        var only = Assert.Single(costs["claims"]!.AsArray())!;
        Assert.Equal(("submitted", 130m), (only["state"]!.GetValue<string>(), only["claimedAmount"]!.GetValue<decimal>()));
        var admin = await app.ClientAsync(Roles.Administrator);
        var expenseAudit = (await admin.GetObjectAsync($"/api/v1/audit?entityType=Expense&entityId={extra}"))["items"]!.AsArray();
        Assert.Equal(["Deleted", "Created"], expenseAudit.Select(e => e!["action"]!.GetValue<string>()));
        var claimAudit = (await admin.GetObjectAsync($"/api/v1/audit?entityType=Claim&entityId={claim}"))["items"]!.AsArray();
        Assert.Equal(["Deleted", "Created"], claimAudit.Select(e => e!["action"]!.GetValue<string>()));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_claim_refuses_an_expense_spent_when_no_agreement_was_in_force(string database)
    {
        var app = await apps.GetAsync(database);
        var coordinator = await app.ClientAsync(Roles.HostCoordinator);
        var eventId = await coordinator.ImportAsync(TestScenario.Small());
        var url = $"/api/v1/events/{eventId}/countries/PL";
        (await coordinator.PostAsJsonAsync($"{url}/agreements", Invitation(), ApiClient.Json)).EnsureSuccessStatusCode();
        var inside = await RecordAsync(coordinator, url, "lodging", 100m, "EUR", incurredOn: "2024-07-28");
        var after = await RecordAsync(coordinator, url, "lodging", 60m, "EUR", incurredOn: "2024-07-29");

        using var refused = await coordinator.PostAsJsonAsync($"{url}/claims", new { expenseIds = new[] { inside, after } });
        using var drafted = await coordinator.PostAsJsonAsync($"{url}/claims", new { expenseIds = new[] { inside } });

        var problem = await ApiClient.ProblemAsync(refused, HttpStatusCode.BadRequest);
        Assert.Equal(["expenseIds[1]"], ApiClient.Fields(problem));
        Assert.Contains("2024-07-29, when no agreement with Poland was in force (INV-2024/PL: 2024-07-26 to 2024-07-28)", problem["detail"]!.GetValue<string>(),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, drafted.StatusCode);
        var costs = await coordinator.GetObjectAsync($"{url}/costs");
        Assert.Equal(100m, Assert.Single(costs["claims"]!.AsArray())!["claimedAmount"]!.GetValue<decimal>());
        Assert.Null(costs["expenses"]!.AsArray().Single(e => e!["id"]!.GetValue<Guid>() == after)!["claimId"]);
    }

    internal static async Task<Guid> RecordAsync(HttpClient client, string countryUrl, string category, decimal amount, string currency,
        string incurredOn = "2024-07-27")
    {
        using var response = await client.PostAsJsonAsync($"{countryUrl}/expenses",
            new { category, amount, currency, incurredOn, description = "Hotel rooms" }, ApiClient.Json);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
    }

    private static async Task<(string, int)> State(HttpClient client, string countryUrl, Guid claim)
    {
        var found = (await client.GetObjectAsync($"{countryUrl}/costs"))["claims"]!.AsArray().Single(c => c!["id"]!.GetValue<Guid>() == claim)!;
        return (found["state"]!.GetValue<string>(), found["version"]!.GetValue<int>());
    }

    private static async Task<List<Dictionary<string, string>>> ReadCsvAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StringReader(await response.Content.ReadAsStringAsync());
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = new List<Dictionary<string, string>>();
        await csv.ReadAsync();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        while (await csv.ReadAsync())
        {
            rows.Add(header.ToDictionary(h => h, h => csv.GetField(h)!));
        }

        return rows;
    }

    private static async Task<List<List<string>>> ReadXlsxAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var workbook = document.WorkbookPart!;
        var sheet = (WorksheetPart)workbook.GetPartById(workbook.Workbook!.Sheets!.Elements<Sheet>().First().Id!.Value!);
        return [.. sheet.Worksheet!.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.Text?.Text ?? c.CellValue?.Text ?? string.Empty).ToList())];
    }

    private static ByteArrayContent Pdf(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return content;
    }
}
