using Concordia.Data;
using Concordia.Data.Identity;
using Concordia.Domain.Capabilities;
using Concordia.Domain.Common;
using Concordia.Domain.Legal;
using Concordia.Web.Features.Events;
using Concordia.Web.Features.Security;
using Concordia.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Legal;

/// <summary>
/// Changes to legal statuses, for the API and the pages alike: the host (coordinators, administrators) decides a
/// status and attaches its documents; the country's own liaison, and the host, write remarks on it. Each decision and
/// each document is a new version of the status; the audit trail records every row written.
/// </summary>
public static class LegalStatusCommands
{
    public static async Task<Outcome<LegalStatus>> DecideAsync(ConcordiaDbContext db, Guid eventId, string country, string officerType,
        LegalStatusRequest request, CurrentUser caller, TimeProvider time, CancellationToken ct)
    {
        if (!IsHost(caller))
        {
            return Outcome<LegalStatus>.Refused("The host decides legal statuses: coordinators and administrators.");
        }

        var ev = await EventLookup.FindAsync(db, eventId, ct);
        if (ev is null)
        {
            return Outcome<LegalStatus>.Missing(EventLookup.NotFound(eventId));
        }

        if (!OfficerTypes.TryParse(officerType, out var kind))
        {
            return Outcome<LegalStatus>.Invalid("officerType", OfficerTypes.Problem);
        }

        if (Terms(request) is not { } terms)
        {
            return Outcome<LegalStatus>.Invalid(Missing(request));
        }

        var key = kind?.ToString() ?? LegalStatus.AllOfficers;
        var status = await db.LegalStatuses.FirstOrDefaultAsync(s => s.EventId == eventId && s.Country == country && s.OfficerTypeKey == key, ct);
        var at = time.GetUtcNow().UtcDateTime;
        if (status is null)
        {
            if (request.Version is not (null or 0))
            {
                return Outcome<LegalStatus>.Conflicting(ApiProblems.StaleVersion("The legal status", request.Version.Value, 0));
            }

            var decided = LegalStatus.Decide(ev, country, kind, terms, caller.Name, at);
            if (!decided.IsSuccess)
            {
                return Outcome<LegalStatus>.Invalid(decided.Errors);
            }

            db.LegalStatuses.Add(decided.Value);
            await db.SaveChangesAsync(ct);
            return Outcome<LegalStatus>.Ok(decided.Value);
        }

        if (request.Version != status.Version)
        {
            return Outcome<LegalStatus>.Conflicting(ApiProblems.StaleVersion("The legal status", request.Version ?? 0, status.Version));
        }

        var changed = status.Change(ev, terms, request.Reason, caller.Name, at);
        if (!changed.IsSuccess)
        {
            return Outcome<LegalStatus>.Invalid(changed.Errors);
        }

        await db.SaveChangesAsync(ct);
        return Outcome<LegalStatus>.Ok(status);
    }

    public static async Task<Outcome<LegalStatusComment>> CommentAsync(ConcordiaDbContext db, Guid eventId, string country, string officerType,
        string? text, CurrentUser caller, TimeProvider time, CancellationToken ct)
    {
        var asCountry = caller.IsInRole(Roles.CountryLiaison) && caller.Countries.Contains(country);
        if (!asCountry && !IsHost(caller))
        {
            return Outcome<LegalStatusComment>.Refused("Only the country's own liaison and the host comment on a country's legal status.");
        }

        var status = await FindAsync(db, eventId, country, officerType, ct);
        if (status is null)
        {
            return Outcome<LegalStatusComment>.Missing(NotFound(country, officerType));
        }

        var comment = LegalStatusComment.Write(status, text ?? string.Empty, byHost: !asCountry, caller.Name, time.GetUtcNow().UtcDateTime);
        if (!comment.IsSuccess)
        {
            return Outcome<LegalStatusComment>.Invalid(comment.Errors);
        }

        db.LegalStatusComments.Add(comment.Value);
        await db.SaveChangesAsync(ct);
        return Outcome<LegalStatusComment>.Ok(comment.Value);
    }

    public static async Task<Outcome<LegalDocument>> AttachAsync(ConcordiaDbContext db, Guid eventId, string country, string officerType,
        string? title, string? fileName, byte[] content, CurrentUser caller, TimeProvider time, CancellationToken ct)
    {
        if (!IsHost(caller))
        {
            return Outcome<LegalDocument>.Refused("The host attaches the documents of a legal status: coordinators and administrators.");
        }

        var status = await FindAsync(db, eventId, country, officerType, ct);
        if (status is null)
        {
            return Outcome<LegalDocument>.Missing(NotFound(country, officerType));
        }

        var at = time.GetUtcNow().UtcDateTime;
        var document = LegalDocument.Attach(status, title, fileName, content, caller.Name, at);
        if (!document.IsSuccess)
        {
            return Outcome<LegalDocument>.Invalid(document.Errors);
        }

        db.LegalDocuments.Add(document.Value);
        status.Attached(document.Value, caller.Name, at);
        await db.SaveChangesAsync(ct);
        return Outcome<LegalDocument>.Ok(document.Value);
    }

    /// <summary>The status of the country for the type of officer, with its history; null when the caller sees none.</summary>
    private static async Task<LegalStatus?> FindAsync(ConcordiaDbContext db, Guid eventId, string country, string officerType, CancellationToken ct)
    {
        if (!OfficerTypes.TryParse(officerType, out var kind))
        {
            return null;
        }

        var key = kind?.ToString() ?? LegalStatus.AllOfficers;
        return await db.LegalStatuses.FirstOrDefaultAsync(s => s.EventId == eventId && s.Country == country && s.OfficerTypeKey == key, ct);
    }

    private static bool IsHost(CurrentUser caller) => caller.IsInRole(Roles.Administrator) || caller.IsInRole(Roles.HostCoordinator);

    private static string NotFound(string country, string officerType) =>
        $"There is no legal status for {country} ({officerType}) at this event that you can see.";

    private static LegalTerms? Terms(LegalStatusRequest r) =>
        r is
        {
            Armed: { } armed, Uniform: { } uniform, Powers: { } powers, HostOfficersPerForeignOfficer: { } ratio, Command: { } command, Basis: { } basis,
            ValidFrom: { } from, ValidTo: { } to
        }
            ? new LegalTerms(armed, r.WeaponTypes ?? [], uniform, powers, r.PowersNote, r.HomeStateConsent, r.ConsentDate, ratio, command, basis,
                r.BasisReference ?? string.Empty, from, to)
            : null;

    private static List<DomainError> Missing(LegalStatusRequest r) =>
    [
        .. new (string Field, bool Missing)[]
        {
            ("armed", r.Armed is null), ("uniform", r.Uniform is null), ("powers", r.Powers is null),
            ("hostOfficersPerForeignOfficer", r.HostOfficersPerForeignOfficer is null), ("command", r.Command is null), ("basis", r.Basis is null),
            ("validFrom", r.ValidFrom is null), ("validTo", r.ValidTo is null),
        }.Where(f => f.Missing).Select(f => new DomainError(f.Field, "is required")),
    ];
}
