namespace Concordia.Data.Rosters;

/// <summary>The language of a roster's header row (and of the words written in exported cells).</summary>
public enum RosterLanguage
{
    English,
    French,
}
