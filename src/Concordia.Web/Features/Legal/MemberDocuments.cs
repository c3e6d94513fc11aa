using System.Globalization;
using System.IO.Compression;
using System.Text;
using Concordia.Data;
using Concordia.Data.LegalDocuments;
using Concordia.Domain.Capabilities;
using Concordia.Domain.Common;
using Concordia.Domain.Contingents;
using Concordia.Domain.Countries;
using Concordia.Domain.Events;
using Concordia.Domain.Legal;
using Concordia.Web.Features.Vetting;
using Concordia.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Legal;

/// <summary>
/// Appointment and induction documents, generated from the legal status the host decided for the member's country and
/// officer type: an appointment for officers with limited or full executive powers, an induction certificate for
/// officers without. Only accredited members get one, only under a status that holds on some of the event's days; the
/// document is in the host's language and the member's. Every document generated is written to the audit trail.
/// A liaison reaches their own country's members only (the data layer hides the others).
/// </summary>
public static class MemberDocuments
{
    public static async Task<Outcome<DocumentFile>> ForMemberAsync(ConcordiaDbContext db, Guid eventId, string country, Guid memberId, Uri verificationBase,
        BadgeOptions badges, DateTime now, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        var member = ev is null ? null : await db.Members.AsNoTracking().Include(m => m.Badges)
            .FirstOrDefaultAsync(m => m.Id == memberId && m.EventId == eventId && m.Country == country && m.AgencyId == null && m.ErasedAt == null, ct);
        if (ev is null || member is null)
        {
            return Outcome<DocumentFile>.Missing(ev is null ? $"There is no event with id {eventId}." : $"There is no member {memberId} of {country} that you can see.");
        }

        var context = await ContextAsync(db, ev, country, ct);
        var data = context.Prepare(member, verificationBase, badges, now);
        if (!data.IsSuccess)
        {
            return Outcome<DocumentFile>.Invalid(data.Errors);
        }

        var pdf = LegalDocumentRenderer.Render(data.Value);
        if (!pdf.IsSuccess)
        {
            return Outcome<DocumentFile>.Invalid(pdf.Errors);
        }

        await db.SaveChangesAsOneAuditEntryAsync("LegalDocumentIssued", "Member", member.Id.ToString(), Summary(data.Value), ct);
        return Outcome<DocumentFile>.Ok(new DocumentFile(pdf.Value, ApiContract.Pdf, FileName(data.Value)));
    }

    /// <summary>
    /// The documents of every accredited member of a country's contingent in one ZIP file; the members who get none are
    /// listed with the reason in <c>not-issued.txt</c> inside it. Refused when no member gets a document.
    /// </summary>
    public static async Task<Outcome<DocumentFile>> ForContingentAsync(ConcordiaDbContext db, Guid eventId, string country, Uri verificationBase,
        BadgeOptions badges, DateTime now, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (ev is null)
        {
            return Outcome<DocumentFile>.Missing($"There is no event with id {eventId}.");
        }

        var members = (await db.Members.AsNoTracking().Include(m => m.Badges)
                .Where(m => m.EventId == eventId && m.Country == country && m.AgencyId == null && m.ErasedAt == null).ToListAsync(ct))
            .OrderBy(m => m.FamilyName, StringComparer.Ordinal).ThenBy(m => m.GivenName, StringComparer.Ordinal).ToList();
        if (members.Count == 0)
        {
            return Outcome<DocumentFile>.Invalid("country", $"{CountryName(country)} has no members at this event");
        }

        var context = await ContextAsync(db, ev, country, ct);
        var issued = new List<LegalDocumentData>();
        var refused = new List<string>();
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var member in members)
            {
                var data = context.Prepare(member, verificationBase, badges, now);
                var pdf = data.IsSuccess ? LegalDocumentRenderer.Render(data.Value) : Result<byte[]>.Failure(data.Errors);
                if (!pdf.IsSuccess)
                {
                    refused.Add($"{member.DisplayName}{(member.PersonnelNumber is { } n ? $" ({n})" : string.Empty)}: {string.Join("; ", pdf.Errors)}");
                    continue;
                }

                issued.Add(data.Value);
                var entry = archive.CreateEntry(FileName(data.Value), CompressionLevel.Fastest);
                await using var stream = entry.Open();
                await stream.WriteAsync(pdf.Value, ct);
            }

            if (refused.Count > 0)
            {
                var entry = archive.CreateEntry("not-issued.txt", CompressionLevel.Fastest);
                await using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
                await writer.WriteAsync($"Members of {CountryName(country)} who got no document, and why:\n{string.Join('\n', refused)}\n");
            }
        }

        if (issued.Count == 0)
        {
            return Outcome<DocumentFile>.Invalid("members", $"no member of {CountryName(country)} can have a document: {refused[0]}"
                + (refused.Count > 1 ? $" (and {refused.Count - 1} more)" : string.Empty));
        }

        await db.SaveChangesAsOneAuditEntryAsync("LegalDocumentsIssued", "Contingent", $"{ev.Code}/{country}",
            new { documents = issued.Select(d => d.DocumentNumber).ToList(), notIssued = refused.Count }, ct);
        return Outcome<DocumentFile>.Ok(new DocumentFile(zip.ToArray(), ApiContract.Zip,
            string.Create(CultureInfo.InvariantCulture, $"legal-documents-{ev.Code}-{country}.zip")));
    }

    /// <summary>
    /// For a contingent page: the document each member can have, in words ("Appointment", "Induction certificate");
    /// members who can have none are left out.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> OffersAsync(ConcordiaDbContext db, Event ev, string country, IEnumerable<Member> members,
        CancellationToken ct)
    {
        var context = await ContextAsync(db, ev, country, ct);
        var now = db.Access.Clock.GetUtcNow().UtcDateTime;
        return members.Select(m => (m.Id, Data: context.Prepare(m, null, null, now))).Where(x => x.Data.IsSuccess)
            .ToDictionary(x => x.Id, x => x.Data.Value.IsAppointment ? "Appointment" : "Induction certificate");
    }

    private static async Task<Context> ContextAsync(ConcordiaDbContext db, Event ev, string country, CancellationToken ct) =>
        new(ev, country,
            await db.LegalStatuses.AsNoTracking().Where(s => s.EventId == ev.Id && s.Country == country).ToListAsync(ct),
            await db.Capabilities.AsNoTracking().Where(c => c.EventId == ev.Id).ToDictionaryAsync(c => c.Id, ct));

    private static object Summary(LegalDocumentData d) => new
    {
        number = d.DocumentNumber,
        kind = d.IsAppointment ? "appointment" : "induction",
        languages = new[] { d.HostLanguage, d.MemberLanguage },
        validFrom = d.ValidFrom,
        validTo = d.ValidTo,
    };

    private static string FileName(LegalDocumentData d) => $"{(d.IsAppointment ? "appointment" : "induction")}-{d.DocumentNumber}.pdf";

    private static string CountryName(string code) => CountryCatalogue.Find(code)?.Name ?? code;

    /// <summary>What every document of a country at an event is generated from: the event, the statuses, the capabilities.</summary>
    private sealed record Context(Event Event, string Country, IReadOnlyList<LegalStatus> Statuses, IReadOnlyDictionary<Guid, Capability> Capabilities)
    {
        public Result<LegalDocumentData> Prepare(Member member, Uri? verificationBase, BadgeOptions? badges, DateTime now)
        {
            if (member.Status is not (AccreditationStatus.Accredited or AccreditationStatus.BadgeIssued))
            {
                return Result<LegalDocumentData>.Failure("member",
                    $"{member.DisplayName} is {Member.Describe(member.Status)}: documents are issued to accredited members only");
            }

            var capability = member.CapabilityId is { } id ? Capabilities.GetValueOrDefault(id) : null;
            var status = Statuses.FirstOrDefault(s => capability is not null && s.OfficerType == capability.Kind)
                ?? Statuses.FirstOrDefault(s => s.OfficerType is null);
            if (status is null)
            {
                var type = capability is null ? "officers" : $"{OfficerTypes.Words(capability.Kind).ToLowerInvariant()} officers";
                return Result<LegalDocumentData>.Failure("legalStatus",
                    $"the host has not decided the legal status of {CountryName(Country)}'s {type} (nor of all its officers) at this event");
            }

            var terms = status.Terms;
            var from = terms.ValidFrom > Event.Start ? terms.ValidFrom : Event.Start;
            var to = terms.ValidTo < Event.End ? terms.ValidTo : Event.End;
            if (from > to)
            {
                return Result<LegalDocumentData>.Failure("legalStatus", string.Create(CultureInfo.InvariantCulture,
                    $"the legal status holds from {terms.ValidFrom:yyyy-MM-dd} to {terms.ValidTo:yyyy-MM-dd}, none of the event's days ({Event.Start:yyyy-MM-dd} to {Event.End:yyyy-MM-dd})"));
            }

            var number = string.Create(CultureInfo.InvariantCulture,
                $"{(terms.Powers == ExecutivePowers.None ? "I" : "A")}-{Country}-{member.Id.ToString("N")[^8..].ToUpperInvariant()}-{status.Version}");
            var hostLanguage = CountryLanguages.Of(Event.HostCountry).FirstOrDefault() ?? DocumentWordings.Fallback;
            var memberLanguage = member.Languages.FirstOrDefault()?.Code ?? CountryLanguages.Of(member.Country).FirstOrDefault() ?? DocumentWordings.Fallback;
            var verification = member.ActiveBadge is { } badge && verificationBase is not null && badges is not null ? badges.VerificationUrl(verificationBase, badge.Token) : null;
            return new LegalDocumentData(number, Event.LocalDay(now), Event.Name, member.FamilyName, member.GivenName, member.LatinName, member.Rank,
                member.Service, member.Country, member.PersonnelNumber, capability?.Name ?? OfficerTypes.Words(status.OfficerType), from, to, terms,
                hostLanguage, memberLanguage, verification);
        }
    }
}

/// <summary>A generated file: its bytes, media type and the name it is downloaded under.</summary>
public sealed record DocumentFile(byte[] Content, string ContentType, string FileName);
