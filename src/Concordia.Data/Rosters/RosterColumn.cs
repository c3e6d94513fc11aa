namespace Concordia.Data.Rosters;

/// <summary>
/// A column of the roster format: its header in English and French (either is accepted, and so are the aliases,
/// ignoring case, accents, spaces and punctuation), whether the column and its values are required, and the help
/// text the templates' second sheet shows.
/// </summary>
public sealed record RosterColumn(
    RosterField Field,
    string EnglishName,
    string FrenchName,
    bool ColumnRequired,
    bool ValueRequired,
    string EnglishHelp,
    string FrenchHelp,
    string Example,
    IReadOnlyList<string> Aliases)
{
    public string Name(RosterLanguage language) => language == RosterLanguage.French ? FrenchName : EnglishName;

    public string Help(RosterLanguage language) => language == RosterLanguage.French ? FrenchHelp : EnglishHelp;
}
