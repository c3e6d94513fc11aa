using System.Globalization;
using System.Security.Cryptography;
using Concordia.Data;
using Concordia.Domain.Capabilities;
using Concordia.Domain.Contingents;
using Concordia.Domain.Events;
using Concordia.Domain.Pledges;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Demo;

/// <summary>
/// The contingents of the Paris 2024 demo, generated for its accepted commitments as they stood on 20 July 2024:
/// one member per person committed (a canine team is a handler with a dog, a bomb-disposal team three members), each
/// linked to the commitment it fulfils. The rules that decide each member's state depend only on its position in its
/// commitment, so the demo's figures can be worked out by hand:
/// <list type="bullet">
/// <item>Olympic-period commitments (starting before August): every 25th member (positions 24, 49, ...) was refused;
/// the others were accredited and given a badge, and arrived on their commitment's eve or the day before and were
/// checked in; every 40th from position 17 (17, 57, ...) lost the badge, which was revoked.</item>
/// <item>Paralympic-period commitments: submitted, under review, accredited, badge issued in turn (positions 0, 1, 2,
/// 3 modulo 4); none has arrived yet.</item>
/// </list>
/// Bomb-disposal teams and military dog teams form units (three per team, sections of up to ten dogs).
/// The upcoming demo event (a <see cref="DemoTimeline"/>) is in its preparation: every member was submitted in the
/// three weeks before today and is, in turn, submitted, under review, accredited, or accredited with a badge valid
/// from its issue to the member's departure (positions 0, 1, 2, 3 modulo 4); travel is planned, nobody has arrived.
/// </summary>
public static class DemoContingents
{
    public const string EventCode = "paris-2024";

    private const string VettingOfficer = "Vetting officer (demo)";
    private const string ReceptionDesk = "Reception desk, Paris";
    private static readonly DateOnly Paralympic = new(2024, 8, 1);

    public static async Task SeedAsync(ConcordiaDbContext db, CancellationToken cancellationToken, DemoTimeline? timeline = null)
    {
        var code = timeline?.EventCode ?? EventCode;
        var ev = await db.Events.FirstOrDefaultAsync(e => e.Code == code, cancellationToken);
        if (ev is null || await db.Members.AnyAsync(m => m.EventId == ev.Id, cancellationToken))
        {
            return;
        }

        var capabilities = await db.Capabilities.AsNoTracking().Where(c => c.EventId == ev.Id).ToDictionaryAsync(c => c.Id, cancellationToken);
        var military = await db.Agencies.AsNoTracking().Where(a => a.EventId == ev.Id && a.Code == "fr-minarm").Select(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        var commitments = (await db.Commitments.AsNoTracking().Where(c => c.EventId == ev.Id && c.WithdrawnAt == null).ToListAsync(cancellationToken))
            .OrderBy(c => c.Country, StringComparer.Ordinal).ThenBy(c => c.From).ThenBy(c => c.AcceptedAt).ToList();
        var people = new DemoPeople(new Random(2024));
        var members = new List<Member>();
        var units = new List<(Unit Unit, List<Member> Members)>();
        foreach (var contingent in commitments.GroupBy(c => c.Country))
        {
            var country = DemoCountries.All[contingent.Key];
            var badges = 0;
            var sequence = 0;
            foreach (var (commitment, index) in contingent.Select((c, i) => (c, i)))
            {
                var capability = capabilities[commitment.CapabilityId];
                var isMilitary = commitment.AgencyId == military;
                var created = new List<Member>();
                for (var i = 0; i < commitment.Quantity * capability.Persons; i++)
                {
                    var olympic = timeline is null && commitment.From < Paralympic;
                    var submitted = timeline is not null ? Local(ev, timeline.Today.AddDays(-20 + (i % 10)), 9)
                        : Local(ev, (olympic ? new DateOnly(2024, 6, 3) : new DateOnly(2024, 7, 8)).AddDays(i % 10), 9);
                    var details = people.Next(country, capability, isMilitary, $"{country.Code}-{++sequence:D5}",
                        DateOnly.FromDateTime(submitted));
                    if (olympic && details.Armed == true && i % 25 != 24)
                    {
                        details = details with { WeaponAuthorisation = WeaponAuthorisation.Granted };
                    }

                    var member = Member.Create(ev, country.Code, details, submitted).Value;
                    member.LinkTo(commitment);
                    PlanJourney(ev, country, commitment, index, i, member);
                    if (olympic)
                    {
                        Olympic(ev, commitment, i, member, submitted, ref badges);
                    }
                    else
                    {
                        Paralympics(ev, commitment, i, member, submitted, ref badges);
                    }

                    created.Add(member);
                }

                members.AddRange(created);
                units.AddRange(Units(ev, capability, commitment, created));
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Members.AddRange(members);
        await db.SaveChangesAsOneAuditEntryAsync("DemoContingentsSeeded", "Event", ev.Id.ToString(),
            new { ev.Code, members = members.Count, dogs = members.Count(m => m.IsCanineTeam), countries = members.Select(m => m.Country).Distinct().Count() }, cancellationToken);
        foreach (var (unit, unitMembers) in units)
        {
            db.Units.Add(unit);
            unit.Assign([], unitMembers, unitMembers[0]);
        }

        await db.SaveChangesAsOneAuditEntryAsync("DemoUnitsSeeded", "Event", ev.Id.ToString(), new { ev.Code, units = units.Count }, cancellationToken);
        await DemoLodging.SeedAsync(db, ev, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static void Olympic(Event ev, Commitment commitment, int i, Member member, DateTime submitted, ref int badges)
    {
        if (i % 25 == 24)
        {
            Ok(member.Refuse(VettingOfficer, submitted.AddDays(6),
                "The passport expires before the end of the deployment; send the number of a passport valid until the member's return."));
            return;
        }

        var accredited = submitted.AddDays(3 + i % 5);
        Ok(member.Accredit(VettingOfficer, accredited));
        Issue(ev, commitment, member, accredited.AddDays(2), ref badges);
        var arrived = member.ArrivalAt!.Value.AddHours(2);
        Ok(member.CheckIn("Reception desk officer (demo)", arrived, ev.LocalDay(arrived), ReceptionDesk));
        if (i % 40 == 17)
        {
            Ok(member.RevokeBadge(VettingOfficer, Local(ev, new DateOnly(2024, 7, 19), 11), "Reported lost by its holder; a new badge is to be issued."));
        }
    }

    private static void Paralympics(Event ev, Commitment commitment, int i, Member member, DateTime submitted, ref int badges)
    {
        switch (i % 4)
        {
            case 1:
                Ok(member.StartReview(VettingOfficer, submitted.AddDays(1)));
                break;
            case 2:
                Ok(member.Accredit(VettingOfficer, submitted.AddDays(2)));
                break;
            case 3:
                Ok(member.Accredit(VettingOfficer, submitted.AddDays(2)));
                Issue(ev, commitment, member, submitted.AddDays(3), ref badges);
                break;
        }
    }

    private static void Issue(Event ev, Commitment commitment, Member member, DateTime at, ref int badges)
    {
        badges++;
        var departure = ev.LocalDay(member.DepartureAt!.Value);
        Ok(member.IssueBadge($"{member.Country}-{badges.ToString("D6", CultureInfo.InvariantCulture)}",
            Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
            ev.LocalDay(at), departure > commitment.To ? departure : commitment.To, VettingOfficer, at));
    }

    /// <summary>Travelling groups of up to 60, one to two days before their commitment starts; they leave the day after it ends.</summary>
    private static void PlanJourney(Event ev, DemoCountry country, Commitment commitment, int index, int i, Member member)
    {
        var group = i / 60;
        var train = country.ArrivalPlace.Contains("Gare", StringComparison.Ordinal);
        var reference = train ? $"TGV {9500 + 10 * index + group}" : $"{country.Code} {1200 + 10 * index + group}";
        var arrival = Local(ev, commitment.From.AddDays(-1 - (index + group) % 2), 10 + group % 8).AddMinutes(35);
        Ok(member.PlanTravel(new TravelLeg(arrival, country.ArrivalPlace, reference),
            new TravelLeg(Local(ev, commitment.To.AddDays(1), 11), country.ArrivalPlace, reference.Replace(" 1", " 2", StringComparison.Ordinal))));
    }

    private static IEnumerable<(Unit, List<Member>)> Units(Event ev, Capability capability, Commitment commitment, List<Member> members)
    {
        var size = capability.Kind == CapabilityKind.EodTeam ? capability.Persons : capability.Dogs > 0 && capability.Code.Contains("military", StringComparison.Ordinal) ? 10 : 0;
        if (size == 0)
        {
            return [];
        }

        return members.Chunk(size).Select((chunk, n) => (Ok(Unit.Create(ev, commitment.Country,
            capability.Kind == CapabilityKind.EodTeam ? $"EOD team {n + 1}" : $"Dog section {n + 1}", commitment.Id)), chunk.ToList()));
    }

    private static DateTime Local(Event ev, DateOnly day, int hour) => ev.StartOfDayUtc(day).AddHours(hour);

    private static T Ok<T>(Domain.Common.Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException("Demo contingent data break a rule: " + string.Join("; ", result.Errors));
}
