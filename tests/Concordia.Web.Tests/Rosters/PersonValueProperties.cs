using Concordia.Domain.Contingents;
using FsCheck;
using FsCheck.Fluent;
using TextRules = Concordia.Domain.Common.TextRules;

namespace Concordia.Web.Tests.Rosters;

/// <summary>Properties of the value rules every path shares (issue 12, point 4).</summary>
public sealed class PersonValueProperties
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzŁłąęśżźćńóÉéèçüößÆæØøΑαΒβΓγΔδЖжШщЮюאבגابتثกขคかきくあ한국어";
    private static readonly char[] Punctuation = [' ', '-', '\'', '’', '.'];
    private static readonly char[] Hidden = ['\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u202E', '\u202D', '\u2066', '\u200B', '\u200E', '\uFEFF', '\u00AD'];

    [Fact]
    public void A_name_of_letters_in_any_script_with_name_punctuation_is_accepted()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll<PositiveInt[], bool[]>((picks, marks) =>
        {
            var name = Name(picks, marks);
            return PersonValues.Name(name) is null && TextRules.Problem(name) is null;
        }));
    }

    [Fact]
    public void A_control_or_invisible_character_anywhere_in_a_name_or_any_text_is_refused()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll<PositiveInt[], NonNegativeInt, NonNegativeInt>((picks, at, which) =>
        {
            var name = Name(picks, []);
            var tainted = name.Insert(at.Get % (name.Length + 1), Hidden[which.Get % Hidden.Length].ToString());
            return PersonValues.Name(tainted) is not null && TextRules.Problem(tainted) is not null && TextRules.Problem(tainted, multiline: true) is not null;
        }));
    }

    private static string Name(PositiveInt[] picks, bool[] marks)
    {
        var chars = picks.Take(40).Select((p, i) => i % 5 == 4 && i + 1 < picks.Length ? Punctuation[p.Get % Punctuation.Length] : Letters[p.Get % Letters.Length]);
        var name = "K" + new string([.. chars]);
        return marks.FirstOrDefault() ? name + "\u0301" : name;
    }
}
