using Concordia.Data;
using Concordia.Domain.Common;
using Concordia.Domain.Costs;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Costs;

/// <summary>
/// The host records a country's agreements and invitations, changes them and attaches their documents, for the API and
/// the pages alike. Each change is a new version; the audit trail records every row written.
/// </summary>
public static class AgreementCommands
{
    public static async Task<Outcome<Agreement>> SaveAsync(ConcordiaDbContext db, Guid eventId, string country, Guid? agreementId,
        AgreementRequest request, CurrentUser caller, TimeProvider time, CancellationToken ct)
    {
        if (!CostsAccess.IsHost(caller))
        {
            return Outcome<Agreement>.Refused("The host records agreements: coordinators and administrators.");
        }

        var ev = await EventLookup.FindAsync(db, eventId, ct);
        if (ev is null)
        {
            return Outcome<Agreement>.Missing(EventLookup.NotFound(eventId));
        }

        if (Terms(request) is not { } terms)
        {
            return Outcome<Agreement>.Invalid(Missing(request));
        }

        var at = time.GetUtcNow().UtcDateTime;
        if (agreementId is null)
        {
            var recorded = Agreement.Record(ev, country, terms, caller.Name, at);
            if (!recorded.IsSuccess)
            {
                return Outcome<Agreement>.Invalid(recorded.Errors);
            }

            db.Agreements.Add(recorded.Value);
            await db.SaveChangesAsync(ct);
            return Outcome<Agreement>.Ok(recorded.Value);
        }

        var agreement = await db.Agreements.FirstOrDefaultAsync(a => a.Id == agreementId && a.EventId == eventId && a.Country == country, ct);
        if (agreement is null)
        {
            return Outcome<Agreement>.Missing(NotFound(country, agreementId.Value));
        }

        if (request.Version != agreement.Version)
        {
            return Outcome<Agreement>.Conflicting(ApiProblems.StaleVersion("The agreement", request.Version ?? 0, agreement.Version));
        }

        var changed = agreement.Change(ev, terms, request.Reason, caller.Name, at);
        if (!changed.IsSuccess)
        {
            return Outcome<Agreement>.Invalid(changed.Errors);
        }

        await db.SaveChangesAsync(ct);
        return Outcome<Agreement>.Ok(agreement);
    }

    public static async Task<Outcome<AgreementDocument>> AttachAsync(ConcordiaDbContext db, Guid eventId, string country, Guid agreementId,
        string? title, string? fileName, byte[] content, CurrentUser caller, TimeProvider time, CancellationToken ct)
    {
        if (!CostsAccess.IsHost(caller))
        {
            return Outcome<AgreementDocument>.Refused("The host attaches the documents of an agreement: coordinators and administrators.");
        }

        var agreement = await db.Agreements.FirstOrDefaultAsync(a => a.Id == agreementId && a.EventId == eventId && a.Country == country, ct);
        if (agreement is null)
        {
            return Outcome<AgreementDocument>.Missing(NotFound(country, agreementId));
        }

        var at = time.GetUtcNow().UtcDateTime;
        var document = AgreementDocument.Attach(agreement, title, fileName, content, caller.Name, at);
        if (!document.IsSuccess)
        {
            return Outcome<AgreementDocument>.Invalid(document.Errors);
        }

        db.AgreementDocuments.Add(document.Value);
        agreement.Attached(document.Value, caller.Name, at);
        await db.SaveChangesAsync(ct);
        return Outcome<AgreementDocument>.Ok(document.Value);
    }

    private static string NotFound(string country, Guid agreementId) => $"There is no agreement {agreementId} with {country} at this event that you can see.";

    private static AgreementTerms? Terms(AgreementRequest r) =>
        r is { Kind: { } kind, ValidFrom: { } from, ValidTo: { } to }
            ? new AgreementTerms(kind, r.Reference ?? string.Empty, r.Title ?? string.Empty, r.SignedOn, from, to, r.Signatories, r.Costs ?? [])
            : null;

    private static List<DomainError> Missing(AgreementRequest r) =>
    [
        .. new (string Field, bool Missing)[] { ("kind", r.Kind is null), ("validFrom", r.ValidFrom is null), ("validTo", r.ValidTo is null) }
            .Where(f => f.Missing).Select(f => new DomainError(f.Field, "is required")),
    ];
}
