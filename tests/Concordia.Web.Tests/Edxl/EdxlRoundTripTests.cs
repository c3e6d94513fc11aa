using System.Xml.Linq;
using Concordia.Data.Edxl;
using Concordia.Domain.Pledges;
using Concordia.Domain.Requests;
using FsCheck;
using FsCheck.Fluent;

namespace Concordia.Web.Tests.Edxl;

/// <summary>Export → a commit built from it → import gives back exactly the pledge lines that were answered.</summary>
public sealed class EdxlRoundTripTests
{
    private static readonly XNamespace Msg = EdxlNamespaces.Message;
    private static readonly XNamespace Rm = EdxlNamespaces.Common;

    private static readonly string?[] Notes =
        [null, "ok", "Line one\r\nline two", "  spaced out  ", "<&> \"quoted\" 'single'", "Gendarmerie nationale – émigrés ü", "🐕 K9 teams", "\ttabbed"];

    private readonly EdxlWorld world = EdxlWorld.Create();

    [Fact]
    public void Full_answer_comes_back_as_full_pledge_lines()
    {
        var answer = world.FullAnswer();

        var read = EdxlCommitReader.Read(world.Commit(answer), world.Poland);

        Assert.True(read.IsSuccess, string.Join("; ", read.Errors));
        Assert.Equal(answer, read.Value);
        Assert.All(read.Value, l => Assert.Equal(PledgeAnswer.Full, l.Answer));
    }

    [Theory]
    [InlineData(EdxlResponseKind.CommitResource)]
    [InlineData(EdxlResponseKind.ResponseToRequestResource)]
    public void Partial_counter_offer_and_declined_lines_come_back_exactly_and_make_a_valid_pledge(EdxlResponseKind kind)
    {
        var answer = world.MixedAnswer();

        var read = EdxlCommitReader.Read(world.Commit(answer, kind), world.Poland);

        Assert.True(read.IsSuccess, string.Join("; ", read.Errors));
        Assert.Equal(answer, read.Value);
        var pledge = Pledge.Submit(world.Event, world.Request, world.Poland.Ask, read.Value, "liaison-pl", EdxlWorld.SentAt.AddDays(5));
        Assert.True(pledge.IsSuccess, string.Join("; ", pledge.Errors));
        Assert.Equal([PledgeAnswer.Partial, PledgeAnswer.CounterOffer, PledgeAnswer.Declined], pledge.Value.Lines.Select(l => l.Answer));
    }

    [Fact]
    public void Same_capability_over_another_period_is_a_counter_offer_and_a_shorter_period_a_partial_answer()
    {
        IReadOnlyList<PledgeLineDetails> answer =
        [
            new(world.Line(1).Id, PledgeAnswer.Partial, world.Patrol.Id, 40, new DateOnly(2024, 7, 28), new DateOnly(2024, 8, 11)),
            new(world.Line(2).Id, PledgeAnswer.CounterOffer, world.PublicOrder.Id, 2, new DateOnly(2024, 8, 2), new DateOnly(2024, 8, 8)),
            new(world.Line(3).Id, PledgeAnswer.Full, world.Canine.Id, 5, new DateOnly(2024, 7, 26), new DateOnly(2024, 8, 5), ArmedCondition.Unarmed),
        ];

        var read = EdxlCommitReader.Read(world.Commit(answer), world.Poland);

        Assert.True(read.IsSuccess, string.Join("; ", read.Errors));
        Assert.Equal(answer, read.Value);
    }

    [Fact]
    public void A_request_turned_into_a_commit_by_a_liaison_system_reads_as_a_full_answer()
    {
        // What a liaison system can do with the exported request alone: keep each resource, say Accept, cite the request.
        var root = EdxlRequestWriter.Write(world.Poland).Root!;
        root.Name = Msg + "CommitResource";
        root.Element(Msg + "MessageID")!.Value = "urn:example:pl:commit:1";
        root.Element(Msg + "MessageContentType")!.Value = "CommitResource";
        root.Element(Msg + "OriginatingMessageID")!.AddAfterSelf(new XElement(Msg + "PrecedingMessageID", world.Poland.MessageId));
        foreach (var resource in root.Elements(Msg + "ResourceInformation"))
        {
            resource.Element(Msg + "ResourceInfoElementID")!.AddAfterSelf(new XElement(Msg + "ResponseInformation",
                new XElement(Rm + "PrecedingResourceInfoElementID", resource.Element(Msg + "ResourceInfoElementID")!.Value),
                new XElement(Rm + "ResponseType", "Accept")));
        }

        var read = EdxlCommitReader.Read(root.ToString(), world.Poland);

        Assert.True(read.IsSuccess, string.Join("; ", read.Errors));
        Assert.Equal(world.FullAnswer(), read.Value);
    }

    [Fact]
    public void Any_valid_answer_comes_back_exactly() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll<int>(seed =>
        {
            var fresh = EdxlWorld.Create();
            var answer = RandomAnswer(fresh, new Random(seed));
            var read = EdxlCommitReader.Read(fresh.Commit(answer, seed % 2 == 0 ? EdxlResponseKind.CommitResource : EdxlResponseKind.ResponseToRequestResource), fresh.Poland);
            return read.IsSuccess && read.Value.SequenceEqual(answer) &&
                Pledge.Submit(fresh.Event, fresh.Request, fresh.Poland.Ask, read.Value, "liaison-pl", EdxlWorld.SentAt.AddDays(1)).IsSuccess;
        }));

    /// <summary>An answer the domain accepts: each line full, partial, declined or a counter-offer, picked at random.</summary>
    private static List<PledgeLineDetails> RandomAnswer(EdxlWorld world, Random random)
    {
        var answer = new List<PledgeLineDetails>();
        foreach (var (line, asked, capability) in world.Poland.Lines)
        {
            var armed = (ArmedCondition)random.Next(3);
            var note = Notes[random.Next(Notes.Length)];
            switch (random.Next(4))
            {
                case 0:
                    answer.Add(new(line.Id, PledgeAnswer.Full, capability.Id, asked, line.From, line.To, armed, note));
                    break;
                case 1 when asked > 1:
                    var from = line.From.AddDays(random.Next(line.Days));
                    var to = from.AddDays(random.Next(line.To.DayNumber - from.DayNumber + 1));
                    var quantity = from == line.From && to == line.To ? random.Next(1, asked) : random.Next(1, asked + 1);
                    answer.Add(new(line.Id, PledgeAnswer.Partial, capability.Id, quantity, from, to, armed, note));
                    break;
                case 2:
                    answer.Add(new(line.Id, PledgeAnswer.Declined, capability.Id, 0, line.From, line.To, armed, note ?? "Not available"));
                    break;
                default:
                    var others = world.Catalogue.Where(c => c.Id != capability.Id).ToList();
                    var start = world.Event.Start.AddDays(random.Next(10));
                    answer.Add(new(line.Id, PledgeAnswer.CounterOffer, others[random.Next(others.Count)].Id, random.Next(1, 1000),
                        start, start.AddDays(random.Next(7)), armed, note));
                    break;
            }
        }

        return answer;
    }
}
