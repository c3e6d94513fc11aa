namespace Concordia.Domain.Contingents;

/// <summary>A language a member speaks: an ISO 639-1 code in lower case (e.g. <c>pl</c>) and a level.</summary>
public sealed record LanguageSkill(string Code, LanguageLevel Level);
