using Concordia.Web.Features.Audit;

namespace Concordia.Web.Tests.Audit;

/// <summary>The audit page reads in words (issue 13, point 4): who did what to what, the stored JSON on demand.</summary>
public sealed class AuditTextTests
{
    [Fact]
    public void A_change_of_alert_level_reads_as_before_and_after_in_words()
    {
        var lines = AuditText.Changes("""{"CurrentAlertLevel":{"before":"vigilance","after":"urgence-attentat"},"Version":{"before":3,"after":4}}""");

        Assert.Equal(["Current alert level: vigilance → urgence-attentat", "Version: 3 → 4"], lines);
        Assert.Equal("Alert level changed", AuditText.Sentence("AlertLevelChanged"));
    }

    [Fact]
    public void A_stored_value_reads_in_its_words_in_the_reader_s_language()
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
            Assert.Equal(["Status: Submitted → Under review"], AuditText.Changes("""{"Status":{"before":"Submitted","after":"UnderReview"}}""", "Member"));
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
            Assert.Equal(["Status: Soumis → En cours d'examen"], AuditText.Changes("""{"Status":{"before":"Submitted","after":"UnderReview"}}""", "Member"));

            // The same stored name on another record reads in that record's words.
            Assert.Equal(["State: Soumise → Approuvée"], AuditText.Changes("""{"State":{"before":"Submitted","after":"Approved"}}""", "Claim"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void A_long_summary_shows_its_first_fields_and_says_how_many_more()
    {
        var lines = AuditText.Changes("""{"code":"paris-2024","sites":80,"requirements":25772,"agencies":12,"capabilities":9,"replacedEventId":null}""");

        Assert.Equal(["Code: paris-2024", "Sites: 80", "Requirements: 25772", "Agencies: 12", "and 2 more"], lines);
    }
}
