using Concordia.Domain.Common;
using Concordia.Domain.Legal;

namespace Concordia.Domain.Costs;

/// <summary>The checks a PDF file a user attaches must pass: the same as for legal-status documents.</summary>
public static class Pdf
{
    public static void Check(Check check, string name, byte[] content, string fileNameField, string fileField) =>
        check.Name(name, fileNameField, 200)
            .That(name.Length == 0 || name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase), fileNameField, "must end with .pdf")
            .That(content.Length > 0, fileField, "is empty")
            .That(content.Length <= LegalDocument.MaxBytes, fileField, $"is larger than the {LegalDocument.MaxBytes / (1024 * 1024)} MiB a document may be")
            .That(content.Length == 0 || LegalDocument.IsPdf(content), fileField, "is not a PDF document (it must start with %PDF- and end with %%EOF)");
}
