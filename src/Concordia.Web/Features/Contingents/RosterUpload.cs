using System.Globalization;
using Concordia.Data.Contingents;
using Concordia.Data.Rosters;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Concordia.Web.Features.Contingents;

/// <summary>
/// The roster file of an upload, streamed: either the request body itself (any content type, the name in
/// <c>?fileName=</c>), or the first file of a <c>multipart/form-data</c> form (what <c>curl -F file=@roster.csv</c>
/// and browsers send). The reader reads no further than a roster may be long, so a huge upload is refused with a
/// clear message instead of being buffered.
/// </summary>
internal static class RosterUpload
{
    /// <summary>Room for the largest roster plus the form's own bytes.</summary>
    public const long MaxRequestBytes = 11 * 1024 * 1024;

    /// <summary>Room for the largest host agency roster plus the form's own bytes.</summary>
    public const long MaxHostRequestBytes = RosterImporter.HostMaxBytes + 1024 * 1024;

    /// <summary>
    /// A preview refusing an upload whose announced length is over the limit, without reading it (the server would
    /// otherwise refuse it with a bare 413 once read).
    /// </summary>
    public static RosterPreview? RefuseIfTooLarge(HttpRequest request, RosterOwner owner)
    {
        if (request.ContentLength is not { } length || length <= (owner.IsHost ? MaxHostRequestBytes : MaxRequestBytes))
        {
            return null;
        }

        var limit = RosterImporter.MaxBytesFor(owner) / (1024 * 1024);
        var size = (length / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture);
        return RosterPreview.Unreadable(null,
            $"the file is larger than the {limit} MiB a roster may be ({size} MiB); check that it is the roster, or split it into smaller files");
    }

    public static async Task<(Stream Content, string? FileName)?> OpenAsync(HttpRequest request, string? fileName, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return (request.Body, fileName);
        }

        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            return null;
        }

        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.IsFileDisposition())
            {
                return (section.Body, fileName ?? HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value);
            }
        }

        return null;
    }
}
