using System.Xml.Linq;
using Concordia.Data.Edxl;
using Concordia.Domain.Pledges;
using FsCheck;
using FsCheck.Fluent;

namespace Concordia.Web.Tests.Edxl;

/// <summary>
/// Damaged answers, made at random from a valid commit: the reader never throws, refuses with errors that each name
/// an element path, and whatever it accepts the pledge accepts too — so no answer gets past the reader only to fail
/// later with an error that names no element.
/// </summary>
public sealed class EdxlCommitFuzzTests
{
    private static readonly EdxlWorld World = EdxlWorld.Create();
    private static readonly string Valid = World.Commit(World.MixedAnswer());

    private static readonly string[] Values =
    [
        "", " ", "-1", "0", "1", "2", "25", "41", "2.5", "1e400", "x", "Accept", "Decline", "Provisional", "Either", "Armed",
        "2024-13-45T99:99:99+02:00", "2024-07-27T00:00:00+02:00", "2024-08-20T00:00:00+02:00", "2024-07-26T00:00:00", "patrol", "gendarmes",
        "k9-edd", "RespondingOrg", "DE", World.Poland.MessageId, World.Germany.MessageId, Guid.Empty.ToString(), World.Line(2).Id.ToString(),
        World.Line(3).Id.ToString(), "EstimatedArrival", "BeginAvailable", "EndAvailable", "Route", "<&>", new string('x', 2500),
    ];

    private static readonly string Garbage = "<>&\"'x0 /:;\u0000\uFFFE\u00e9";

    [Fact]
    public void Replacing_any_text_gives_a_clean_answer() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(400), Prop.ForAll<PositiveInt, PositiveInt>((pick, value) =>
            Answers(Mutate(pick, e => e.Value = Values[value.Get % Values.Length], e => !e.HasElements))));

    [Fact]
    public void Removing_any_element_gives_a_clean_answer() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll<PositiveInt>(pick => Answers(Mutate(pick, e => e.Remove()))));

    [Fact]
    public void Duplicating_any_element_gives_a_clean_answer() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll<PositiveInt>(pick =>
            Answers(Mutate(pick, e => e.AddAfterSelf(new XElement(e))))));

    [Fact]
    public void Renaming_any_element_gives_a_clean_answer() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll<PositiveInt, PositiveInt, bool>((pick, other, namespaceOnly) =>
        {
            var names = XDocument.Parse(Valid).Descendants().Select(e => e.Name).Distinct().ToList();
            return Answers(Mutate(pick, e => e.Name = namespaceOnly
                ? XNamespace.Get(EdxlNamespaces.Common) + e.Name.LocalName
                : names[other.Get % names.Count]));
        }));

    [Fact]
    public void Moving_any_element_elsewhere_gives_a_clean_answer() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll<PositiveInt, PositiveInt>((pick, target) =>
            Answers(Mutate(pick, e =>
            {
                var places = e.Document!.Descendants().Where(d => d != e && !d.Ancestors().Contains(e)).ToList();
                e.Remove();
                places[target.Get % places.Count].Add(e);
            }))));

    [Fact]
    public void Truncating_the_message_anywhere_gives_a_clean_answer() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll<PositiveInt>(cut => Answers(Valid[..(cut.Get % Valid.Length)])));

    [Fact]
    public void Changing_any_character_gives_a_clean_answer() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(400), Prop.ForAll<PositiveInt, PositiveInt>((at, with) =>
        {
            var position = at.Get % Valid.Length;
            return Answers(Valid[..position] + Garbage[with.Get % Garbage.Length] + Valid[(position + 1)..]);
        }));

    private static string Mutate(PositiveInt pick, Action<XElement> change, Func<XElement, bool>? eligible = null)
    {
        var document = XDocument.Parse(Valid);
        var elements = document.Root!.Descendants().Where(eligible ?? (_ => true)).ToList();
        change(elements[pick.Get % elements.Count]);
        return document.ToString();
    }

    private static bool Answers(string text)
    {
        var read = EdxlCommitReader.Read(text, World.Poland);
        if (!read.IsSuccess)
        {
            return read.Errors.All(e => e.Field.StartsWith('/') && e.Message.Length > 0);
        }

        var pledge = Pledge.Submit(World.Event, World.Request, World.Poland.Ask, read.Value, "liaison-pl", EdxlWorld.SentAt.AddDays(1));
        Assert.True(pledge.IsSuccess, "accepted by the reader but not by the pledge: " + string.Join("; ", pledge.Errors) + "\n" + text);
        return true;
    }
}
