using Concordia.Domain.Common;
using Microsoft.AspNetCore.Components.Forms;

namespace Concordia.Web.Infrastructure;

/// <summary>
/// Reads an attached PDF into memory without reading more than a document may be (<see cref="Pdf.MaxBytes"/>): the file
/// a page's file input chose, or the body of an API upload. What it reads is checked by <see cref="Pdf.Check"/>.
/// </summary>
public static class PdfUploads
{
    /// <summary>The chosen file's bytes, or null when it is larger than a document may be (then nothing is read).</summary>
    public static async Task<byte[]?> ReadAsync(IBrowserFile file)
    {
        if (file.Size > Pdf.MaxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream(Pdf.MaxBytes))
        {
            await stream.CopyToAsync(buffer);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// An upload's bytes, at most one more than a document may be: the caller's check then refuses a longer one
    /// without the rest being read.
    /// </summary>
    public static async Task<byte[]> ReadAsync(Stream stream, CancellationToken ct)
    {
        const int limit = Pdf.MaxBytes + 1;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
