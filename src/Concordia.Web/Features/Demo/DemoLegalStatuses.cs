using Concordia.Data;
using Concordia.Domain.Capabilities;
using Concordia.Domain.Legal;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Demo;

/// <summary>
/// Legal statuses for the demo events, after Paris 2024: every contributing country's officers armed under the host's
/// security code (article R315-6), in national uniform, without executive powers and always with French officers;
/// German officers with limited powers their ministry consented to; military sections under their own command by
/// agreement; canine teams unarmed.
/// </summary>
internal static class DemoLegalStatuses
{
    private const string By = "Coordinator (demo)";

    public static async Task SeedAsync(ConcordiaDbContext db, CancellationToken cancellationToken)
    {
        foreach (var ev in await db.Events.ToListAsync(cancellationToken))
        {
            if (await db.LegalStatuses.AnyAsync(s => s.EventId == ev.Id, cancellationToken))
            {
                continue;
            }

            var committed = await db.Commitments.AsNoTracking().Where(c => c.EventId == ev.Id && c.WithdrawnAt == null)
                .Join(db.Capabilities, c => c.CapabilityId, k => k.Id, (c, k) => new { c.Country, k.Kind }).Distinct().ToListAsync(cancellationToken);
            var at = ev.StartOfDayUtc(ev.Start).AddDays(-30);
            var paris = new LegalTerms(true, ["pistol"], Uniform.NationalUniform, ExecutivePowers.None, null, null, null, 2, CommandAuthority.Host,
                LegalBasisKind.Law, "Article R315-6, internal security code (foreign officers armed under the host's authority)", ev.Start, ev.End);
            foreach (var country in committed.Select(c => c.Country).Distinct().Order(StringComparer.Ordinal))
            {
                var terms = country == "DE"
                    ? paris with
                    {
                        Powers = ExecutivePowers.Limited,
                        PowersNote = "identity checks and stops with a host officer present",
                        HostOfficersPerForeignOfficer = 1,
                        HomeStateConsent = "Consent of the Federal Ministry of the Interior (Prüm Decision, article 17)",
                        ConsentDate = ev.Start.AddDays(-45),
                    }
                    : paris;
                db.LegalStatuses.Add(LegalStatus.Decide(ev, country, null, terms, By, at).Value);
                if (committed.Any(c => c.Country == country && c.Kind == CapabilityKind.MilitarySection))
                {
                    db.LegalStatuses.Add(LegalStatus.Decide(ev, country, CapabilityKind.MilitarySection, paris with
                    {
                        WeaponTypes = ["pistol", "assault rifle"],
                        Command = CommandAuthority.Own,
                        HostOfficersPerForeignOfficer = 0,
                        Basis = LegalBasisKind.Agreement,
                        BasisReference = "Intergovernmental agreement on military support to the Games",
                    }, By, at).Value);
                }

                if (committed.Any(c => c.Country == country && c.Kind == CapabilityKind.ExplosiveDetectionCanineTeam))
                {
                    db.LegalStatuses.Add(LegalStatus.Decide(ev, country, CapabilityKind.ExplosiveDetectionCanineTeam, paris with
                    {
                        Armed = false,
                        WeaponTypes = [],
                        HostOfficersPerForeignOfficer = 1,
                    }, By, at).Value);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
