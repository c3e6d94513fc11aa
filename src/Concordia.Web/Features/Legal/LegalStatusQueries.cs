using Concordia.Data;
using Concordia.Domain.Countries;
using Concordia.Domain.Events;
using Concordia.Domain.Legal;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Features.Legal;

/// <summary>
/// Reads legal statuses for the API and the pages alike. The data layer returns only the countries the caller may
/// see, so a liaison reads their own country's statuses and nobody else's.
/// </summary>
public static class LegalStatusQueries
{
    public static async Task<IReadOnlyList<LegalStatusSummaryDto>> OverviewAsync(ConcordiaDbContext db, Event ev, CancellationToken ct)
    {
        var statuses = await db.LegalStatuses.AsNoTracking().Where(s => s.EventId == ev.Id).ToListAsync(ct);
        var ids = statuses.Select(s => s.Id).ToList();
        var comments = await db.LegalStatusComments.Where(c => ids.Contains(c.StatusId)).GroupBy(c => c.StatusId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var documents = await db.LegalDocuments.Where(d => ids.Contains(d.StatusId)).GroupBy(d => d.StatusId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return [.. Ordered(statuses).Select(s => new LegalStatusSummaryDto(s.Id, s.Country, CountryName(s.Country), OfficerTypes.Code(s.OfficerType),
            OfficerTypes.Words(s.OfficerType), s.Terms, s.Version, ev.ToLocal(s.DecidedAt), comments.GetValueOrDefault(s.Id), documents.GetValueOrDefault(s.Id)))];
    }

    public static async Task<IReadOnlyList<LegalStatusDto>> ForCountryAsync(ConcordiaDbContext db, Event ev, string country, CancellationToken ct)
    {
        var statuses = await db.LegalStatuses.AsNoTracking().Include(s => s.Versions)
            .Where(s => s.EventId == ev.Id && s.Country == country).ToListAsync(ct);
        var ids = statuses.Select(s => s.Id).ToList();
        var comments = await db.LegalStatusComments.AsNoTracking().Where(c => ids.Contains(c.StatusId)).OrderBy(c => c.WrittenAt).ToListAsync(ct);
        // The documents' files stay in the database: only their facts are read here.
        var documents = await db.LegalDocuments.AsNoTracking().Where(d => ids.Contains(d.StatusId)).OrderBy(d => d.UploadedAt)
            .Select(d => new { d.Id, d.StatusId, d.Title, d.FileName, d.SizeBytes, d.UploadedBy, d.UploadedAt }).ToListAsync(ct);
        return [.. Ordered(statuses).Select(s =>
        {
            var type = OfficerTypes.Code(s.OfficerType);
            return new LegalStatusDto(s.Id, s.Country, CountryName(s.Country), type, OfficerTypes.Words(s.OfficerType), s.Terms, s.Version, s.DecidedBy,
                ev.ToLocal(s.DecidedAt),
                [.. s.Versions.OrderByDescending(v => v.Number).Select(v => new LegalStatusVersionDto(v.Number, ev.ToLocal(v.ChangedAt), v.ChangedBy, v.Change, v.Terms))],
                [.. comments.Where(c => c.StatusId == s.Id).Select(c => new LegalCommentDto(c.Id, c.Author, c.ByHost, c.OnVersion, ev.ToLocal(c.WrittenAt), c.Text))],
                [.. documents.Where(d => d.StatusId == s.Id).Select(d => new LegalDocumentDto(d.Id, d.Title, d.FileName, d.SizeBytes, d.UploadedBy, ev.ToLocal(d.UploadedAt),
                    DocumentUrl(ev.Id, s.Country, type, d.Id)))]);
        })];
    }

    /// <summary>A document of a status of the country, with its file; null when there is none the caller may see.</summary>
    public static Task<LegalDocument?> DocumentAsync(ConcordiaDbContext db, Guid eventId, string country, Guid documentId, CancellationToken ct) =>
        db.LegalDocuments.AsNoTracking().Where(d => d.Id == documentId && d.Country == country)
            .Where(d => db.LegalStatuses.Any(s => s.Id == d.StatusId && s.EventId == eventId)).FirstOrDefaultAsync(ct);

    public static string DocumentUrl(Guid eventId, string country, string officerType, Guid documentId) =>
        $"/api/v1/events/{eventId}/countries/{country}/legal-status/{officerType}/documents/{documentId}";

    private static IEnumerable<LegalStatus> Ordered(IEnumerable<LegalStatus> statuses) =>
        statuses.OrderBy(s => CountryName(s.Country), StringComparer.Ordinal).ThenBy(s => s.OfficerType is null ? 0 : 1).ThenBy(s => s.OfficerType);

    private static string CountryName(string code) => CountryCatalogue.Find(code)?.Name ?? code;
}
