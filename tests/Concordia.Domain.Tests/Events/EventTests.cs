using Concordia.Domain.Events;

namespace Concordia.Domain.Tests.Events;

public sealed class EventTests
{
    [Fact]
    public void Span_runs_from_local_midnight_of_the_first_day_to_local_midnight_after_the_last()
    {
        var ev = Build.Paris();

        Assert.Equal(new DateTime(2024, 7, 25, 22, 0, 0, DateTimeKind.Utc), ev.Span.Start);
        Assert.Equal(new DateTime(2024, 8, 11, 22, 0, 0, DateTimeKind.Utc), ev.Span.End);
    }

    [Fact]
    public void Rejects_an_unknown_host_country_and_time_zone_naming_both_fields()
    {
        var result = Event.Create("x", "X", null, "XX", "Mars/Olympus", new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 2), [], Build.Vigipirate(), "vigilance");

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Field == "hostCountry");
        Assert.Contains(result.Errors, e => e.Field == "timeZone");
    }

    [Fact]
    public void Rejects_a_phase_outside_the_event_dates()
    {
        var late = EventPhase.Create("para", "Paralympics", new DateOnly(2024, 8, 28), new DateOnly(2024, 9, 8)).Value;

        var result = Event.Create("x", "X", null, "FR", "Europe/Paris", new DateOnly(2024, 7, 26), new DateOnly(2024, 8, 11), [late], Build.Vigipirate(), "vigilance");

        Assert.Equal("phases[0]", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Rejects_an_end_before_the_start()
    {
        var result = Event.Create("x", "X", null, "FR", "Europe/Paris", new DateOnly(2024, 8, 1), new DateOnly(2024, 7, 1), [], Build.Vigipirate(), "vigilance");

        Assert.Contains(result.Errors, e => e.Field == "end");
    }

    [Fact]
    public void Rejects_a_current_level_that_is_not_on_the_scale()
    {
        var result = Event.Create("x", "X", null, "FR", "Europe/Paris", new DateOnly(2024, 8, 1), new DateOnly(2024, 8, 2), [], Build.Vigipirate(), "red");

        Assert.Equal("alertScale.currentLevel", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Raising_the_alert_level_records_who_raised_it_from_which_level_and_bumps_the_version()
    {
        var ev = Build.Paris("securite-renforcee");
        var at = new DateTime(2024, 3, 24, 20, 0, 0, DateTimeKind.Utc);

        var change = ev.SetAlertLevel("urgence-attentat", at, "coordinator@interieur", "Attack in Moscow").Value;

        Assert.Equal("urgence-attentat", ev.CurrentAlertLevel);
        Assert.Equal(("securite-renforcee", "urgence-attentat", "coordinator@interieur", at), (change.FromLevel, change.ToLevel, change.ChangedBy, change.ChangedAt));
        Assert.Equal(1, ev.Version);
    }

    [Fact]
    public void Setting_the_level_already_in_force_is_refused_and_changes_nothing()
    {
        var ev = Build.Paris("vigilance");

        var change = ev.SetAlertLevel("vigilance", DateTime.UtcNow, "me", null);

        Assert.False(change.IsSuccess);
        Assert.Equal(0, ev.Version);
    }

    [Fact]
    public void Local_day_of_an_instant_follows_the_event_time_zone()
    {
        var ev = Build.Paris();

        // 23:30 UTC on 26 July is 01:30 on 27 July in Paris.
        Assert.Equal(new DateOnly(2024, 7, 27), ev.LocalDay(new DateTime(2024, 7, 26, 23, 30, 0, DateTimeKind.Utc)));
    }
}
