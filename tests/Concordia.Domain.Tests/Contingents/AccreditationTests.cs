using Concordia.Domain.Contingents;

namespace Concordia.Domain.Tests.Contingents;

public sealed class AccreditationTests
{
    private static readonly DateTime Submitted = new(2024, 6, 3, 7, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_member_goes_from_submitted_through_review_to_a_badge_and_its_revocation()
    {
        var member = Member();

        var steps = new List<AccreditationStatus> { member.Status };
        Assert.True(member.StartReview("vetting", Submitted.AddDays(1)).IsSuccess);
        steps.Add(member.Status);
        Assert.True(member.Accredit("vetting", Submitted.AddDays(2)).IsSuccess);
        steps.Add(member.Status);
        var badge = member.IssueBadge("PL-000001", "token-0123456789abcdef", new DateOnly(2024, 6, 5), new DateOnly(2024, 8, 11), "vetting", Submitted.AddDays(2));
        steps.Add(member.Status);
        Assert.True(member.RevokeBadge("vetting", Submitted.AddDays(40), "lost").IsSuccess);
        steps.Add(member.Status);

        Assert.Equal([AccreditationStatus.Submitted, AccreditationStatus.UnderReview, AccreditationStatus.Accredited, AccreditationStatus.BadgeIssued,
            AccreditationStatus.BadgeRevoked], steps);
        Assert.Equal(BadgeVerdict.Revoked, badge.Value.VerdictOn(new DateOnly(2024, 7, 20)));
        Assert.Equal(TimeSpan.FromDays(2), member.WaitingTime(Submitted.AddDays(100)));
    }

    [Fact]
    public void Steps_out_of_order_are_refused_naming_the_status()
    {
        var member = Member();

        var badge = member.IssueBadge("PL-000001", "token-0123456789abcdef", new DateOnly(2024, 6, 5), new DateOnly(2024, 8, 11), "vetting", Submitted);
        var revoke = member.RevokeBadge("vetting", Submitted, "lost");
        var refuse = member.Refuse("vetting", Submitted, "  ");
        var resubmit = member.Resubmit(Submitted);

        Assert.Equal(["status"], badge.Errors.Select(e => e.Field));
        Assert.Equal(["status"], revoke.Errors.Select(e => e.Field));
        Assert.Equal(["reason"], refuse.Errors.Select(e => e.Field));
        Assert.Equal(["status"], resubmit.Errors.Select(e => e.Field));
        Assert.Equal(AccreditationStatus.Submitted, member.Status);
    }

    [Fact]
    public void A_badge_ending_before_it_starts_cannot_be_issued()
    {
        var member = Member();
        member.Accredit("vetting", Submitted);

        var badge = member.IssueBadge("PL-000001", "token-0123456789abcdef", new DateOnly(2026, 11, 26), new DateOnly(2024, 8, 11), "vetting", Submitted);

        Assert.Equal(["validUntil"], badge.Errors.Select(e => e.Field));
        Assert.Equal(AccreditationStatus.Accredited, member.Status);
    }

    [Theory]
    [InlineData("2024-06-04", BadgeVerdict.NotYetValid)]
    [InlineData("2024-06-05", BadgeVerdict.Valid)]
    [InlineData("2024-08-11", BadgeVerdict.Valid)]
    [InlineData("2024-08-12", BadgeVerdict.Expired)]
    public void A_badge_is_valid_from_its_first_to_its_last_day_included(string day, BadgeVerdict verdict)
    {
        var member = Member();
        member.Accredit("vetting", Submitted);

        var badge = member.IssueBadge("PL-000001", "token-0123456789abcdef", new DateOnly(2024, 6, 5), new DateOnly(2024, 8, 11), "vetting", Submitted).Value;

        Assert.Equal(verdict, badge.VerdictOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void An_identity_change_after_the_badge_revokes_it_and_resubmits_the_member_but_a_rank_change_does_not()
    {
        var ev = Build.Paris();
        var member = Member(ev);
        member.Accredit("vetting", Submitted);
        var badge = member.IssueBadge("PL-000001", "token-0123456789abcdef", new DateOnly(2024, 6, 5), new DateOnly(2024, 8, 11), "vetting", Submitted).Value;

        var rank = member.Update(ev, member.Details with { Rank = "Starszy aspirant" }, "liaison", Submitted.AddDays(3));
        var passport = member.Update(ev, member.Details with { DocumentNumber = "EA7654321" }, "liaison", Submitted.AddDays(4));
        var same = member.Update(ev, member.Details, "liaison", Submitted.AddDays(5));

        Assert.Equal(new MemberUpdate(true, false), rank.Value);
        Assert.Equal(new MemberUpdate(true, true), passport.Value);
        Assert.Equal(new MemberUpdate(false, false), same.Value);
        Assert.Equal(AccreditationStatus.Submitted, member.Status);
        Assert.Equal(Submitted.AddDays(4), member.SubmittedAt);
        Assert.NotNull(badge.RevokedAt);
        Assert.Null(member.ActiveBadge);
    }

    [Fact]
    public void An_armed_member_needs_a_weapon_authorisation_and_a_dog_cannot_be_vaccinated_in_the_future()
    {
        var ev = Build.Paris();

        var armed = Domain.Contingents.Member.Create(ev, "PL", new MemberDetails("Nowak", "Jan", Armed: true, WeaponAuthorisation: WeaponAuthorisation.NotRequired), Submitted);
        var dog = Domain.Contingents.Member.Create(ev, "PL", new MemberDetails("Nowak", "Jan",
            Dog: new CanineDetails("Rex", null, DetectionSpeciality.Explosives, new DateOnly(2024, 6, 4), "PL0123456789")), Submitted);
        var host = Domain.Contingents.Member.Create(ev, "FR", new MemberDetails("Dupont", "Jean"), Submitted);

        Assert.Equal(["weaponAuthorisation"], armed.Errors.Select(e => e.Field));
        Assert.Equal(["dog.vaccinationDate"], dog.Errors.Select(e => e.Field));
        Assert.Equal(["country"], host.Errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData("2021-08-11", "2030-01-01", true)]
    [InlineData("2021-08-10", "2024-06-03", false)]
    [InlineData("2024-06-04", "2024-06-03", false)]
    public void A_dogs_rabies_vaccination_is_judged_by_the_events_last_day_not_by_the_day_it_is_entered(string vaccinated, string entered, bool valid)
    {
        var ev = Build.Paris();
        var at = DateTime.SpecifyKind(DateTime.Parse(entered, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

        var dog = Domain.Contingents.Member.Create(ev, "PL", new MemberDetails("Nowak", "Jan",
            Dog: new CanineDetails("Rex", null, DetectionSpeciality.Explosives, DateOnly.Parse(vaccinated, System.Globalization.CultureInfo.InvariantCulture),
                "PL0123456789")), at);

        Assert.Equal(valid, dog.IsSuccess);
    }

    private static Member Member(Domain.Events.Event? ev = null) =>
        Domain.Contingents.Member.Create(ev ?? Build.Paris(), "PL", new MemberDetails("Wiśniewska-Łęcka", "Małgorzata", DocumentNumber: "EA1234567"), Submitted).Value;
}
