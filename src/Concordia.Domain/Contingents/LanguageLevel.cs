namespace Concordia.Domain.Contingents;

/// <summary>
/// How well a member speaks a language: a CEFR level, or <see cref="Native"/> for a mother tongue. The planner uses
/// it to match officers with the visitors they will meet.
/// </summary>
public enum LanguageLevel
{
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
    Native,
}
