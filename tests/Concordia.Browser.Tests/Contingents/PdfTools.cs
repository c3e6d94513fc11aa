using Concordia.Tests.Shared;

namespace Concordia.Browser.Tests.Contingents;

/// <summary>
/// poppler-utils' pdftoppm (first page of a PDF to PNG) and zbar-tools' zbarimg (read a QR code from an image), as a
/// person at a printer or with a phone would.
/// </summary>
internal static class PdfTools
{
    public static async Task<string> FirstPageAsPngAsync(string pdf, string folder)
    {
        var output = Path.Combine(folder, "badge");
        await ExternalTool.RunAsync(ExternalTool.Require("pdftoppm", "poppler-utils"), "-r", "300", "-png", "-singlefile", "-f", "1", "-l", "1", pdf, output);
        return output + ".png";
    }

    /// <summary>The text of the QR code in an image.</summary>
    public static async Task<string> ReadQrAsync(string png) =>
        (await ExternalTool.RunAsync(ExternalTool.Require("zbarimg", "zbar-tools"), "--quiet", "--raw", png)).Trim();
}
