namespace Concordia.Domain.Equipment;

/// <summary>The authorisation to carry a weapon, as the PDF file the host issued.</summary>
public sealed record AuthorisationDocument(string? FileName, byte[] Content);
