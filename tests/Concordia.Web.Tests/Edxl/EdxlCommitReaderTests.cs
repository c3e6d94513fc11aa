using System.Text;
using System.Xml.Linq;
using Concordia.Data.Edxl;
using Concordia.Domain.Common;
using Concordia.Domain.Pledges;

namespace Concordia.Web.Tests.Edxl;

/// <summary>
/// Messages refused as a whole: not XML, hostile XML (DTDs, entities, size, depth), another namespace or message type,
/// or an answer to another ask. Each error names the element at fault ("/" for the document itself).
/// </summary>
public sealed class EdxlCommitReaderTests
{
    private static readonly XNamespace Msg = EdxlNamespaces.Message;
    private static readonly XNamespace Rm = EdxlNamespaces.Common;

    private readonly EdxlWorld world = EdxlWorld.Create();

    [Theory]
    [InlineData("this is not XML at all")]
    [InlineData("<CommitResource xmlns=\"urn:oasis:names:tc:emergency:EDXL:RM:1.0:msg\"><MessageID>x</MessageID>")]
    [InlineData("<a><b></a>")]
    public void Text_that_is_not_well_formed_xml_is_refused_at_the_document(string text)
    {
        var error = Assert.Single(Refused(text));

        Assert.Equal("/", error.Field);
        Assert.StartsWith("is not well-formed XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_commit_cut_short_is_refused_at_the_document()
    {
        var valid = world.Commit(world.MixedAnswer());

        Assert.Equal("/", Assert.Single(Refused(valid[..(valid.Length / 2)])).Field);
    }

    [Fact]
    public void Empty_input_is_refused() => Assert.Equal("/", Assert.Single(Refused("  ")).Field);

    [Fact]
    public void Entity_expansion_through_a_dtd_is_refused_before_any_expansion()
    {
        const string laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE CommitResource [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
            ]>
            <CommitResource xmlns="urn:oasis:names:tc:emergency:EDXL:RM:1.0:msg"><MessageID>&lol4;</MessageID></CommitResource>
            """;

        var error = Assert.Single(Refused(laughs));

        Assert.Equal("/", error.Field);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task External_entities_are_refused_from_a_stream_too()
    {
        const string xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE CommitResource [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <CommitResource xmlns="urn:oasis:names:tc:emergency:EDXL:RM:1.0:msg"><MessageID>&secret;</MessageID></CommitResource>
            """;

        var read = await EdxlCommitReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(xxe)), world.Poland, TestContext.Current.CancellationToken);

        Assert.Equal("/", Assert.Single(read.Errors).Field);
        Assert.DoesNotContain(read.Errors, e => e.Message.Contains("root:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_message_in_the_common_types_namespace_is_refused_naming_the_message_namespace()
    {
        var text = world.Commit(world.FullAnswer()).Replace($"xmlns=\"{EdxlNamespaces.Message}\"", $"xmlns=\"{EdxlNamespaces.Common}\"", StringComparison.Ordinal);

        var error = Assert.Single(Refused(text));

        Assert.Equal("/CommitResource", error.Field);
        Assert.Contains(EdxlNamespaces.Message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_element_in_the_wrong_namespace_is_named_with_both_namespaces()
    {
        var root = Commit(world.FullAnswer());
        root.Element(Msg + "MessageID")!.Name = Rm + "MessageID";

        var error = Assert.Single(Refused(root));

        Assert.Equal("/CommitResource/MessageID", error.Field);
        Assert.Contains($"found it in {EdxlNamespaces.Common}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_request_sent_back_is_not_an_answer()
    {
        var error = Assert.Single(Refused(EdxlRequestWriter.WriteText(world.Poland)));

        Assert.Equal("/RequestResource", error.Field);
        Assert.Contains("CommitResource", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_edxl_message_type_is_refused()
    {
        var root = Commit(world.FullAnswer());
        root.Name = Msg + "ReleaseResource";

        Assert.Equal("/ReleaseResource", Assert.Single(Refused(root)).Field);
    }

    [Fact]
    public void A_message_content_type_that_contradicts_the_root_is_refused()
    {
        var root = Commit(world.FullAnswer());
        root.Element(Msg + "MessageContentType")!.Value = "RequestResource";

        Assert.Equal("/CommitResource/MessageContentType", Assert.Single(Refused(root)).Field);
    }

    [Fact]
    public void An_answer_citing_another_message_is_refused_at_the_cited_ids()
    {
        var root = Commit(world.FullAnswer());
        root.Element(Msg + "OriginatingMessageID")!.Value = "urn:x-concordia:ask:00000000-0000-0000-0000-000000000000";
        root.Element(Msg + "PrecedingMessageID")!.Remove();

        var errors = Refused(root);

        Assert.Equal(["/CommitResource/OriginatingMessageID", "/CommitResource/PrecedingMessageID"], errors.Select(e => e.Field));
        Assert.Contains(world.Poland.MessageId, errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Germanys_answer_cannot_be_imported_as_Polands()
    {
        var german = world.Germany.Lines.Select(l => new PledgeLineDetails(l.Line.Id, PledgeAnswer.Full, l.Line.CapabilityId, l.Quantity, l.Line.From, l.Line.To)).ToList();
        var text = EdxlCommitWriter.WriteText(world.Germany, german, EdxlWorld.SentAt.AddDays(3)).Value;

        var fields = Refused(text).Select(e => e.Field).ToList();

        Assert.Contains("/CommitResource/OriginatingMessageID", fields);
        Assert.Contains("/CommitResource/PrecedingMessageID", fields);
        Assert.Contains("/CommitResource/ContactInformation[1]", fields);
    }

    [Fact]
    public void An_answer_to_another_request_names_the_unknown_resource_ids()
    {
        var other = EdxlWorld.Create();
        var root = XDocument.Parse(other.Commit(other.FullAnswer())).Root!;
        root.Element(Msg + "OriginatingMessageID")!.Value = world.Poland.MessageId;
        root.Element(Msg + "PrecedingMessageID")!.Value = world.Poland.MessageId;

        var errors = Refused(root);

        Assert.Equal("/CommitResource/ResourceInformation[1]/ResponseInformation/PrecedingResourceInfoElementID", errors[0].Field);
        Assert.Contains("is not a ResourceInfoElementID of this ask's request", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains(errors, e => e.Field == "/CommitResource" && e.Message.StartsWith("request line 1 ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_incident_other_than_the_event_is_refused()
    {
        var root = Commit(world.FullAnswer());
        root.Descendants(Rm + "IncidentID").Single().Value = "london2012";

        Assert.Equal("/CommitResource/IncidentInformation[1]/IncidentID", Assert.Single(Refused(root)).Field);
    }

    [Fact]
    public async Task Oversized_messages_are_refused_from_text_and_from_a_stream()
    {
        var valid = world.Commit(world.FullAnswer());
        var padded = valid.Replace("</MessageDescription>", new string(' ', EdxlCommitReader.MaxBytes) + "</MessageDescription>", StringComparison.Ordinal);

        var fromText = Refused(padded);
        var fromStream = await EdxlCommitReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(padded)), world.Poland, TestContext.Current.CancellationToken);

        Assert.Equal("/: is larger than 1024 KiB", Assert.Single(fromText).ToString());
        Assert.Equal("/: is larger than 1024 KiB", Assert.Single(fromStream.Errors).ToString());
    }

    [Fact]
    public void Deep_nesting_is_refused_before_a_tree_is_built()
    {
        var deep = new StringBuilder("<CommitResource xmlns=\"urn:oasis:names:tc:emergency:EDXL:RM:1.0:msg\"><MessageDescription>");
        deep.Insert(deep.Length, "<x>", 100_000).Insert(deep.Length, "</x>", 100_000).Append("</MessageDescription></CommitResource>");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var error = Assert.Single(Refused(deep.ToString()));

        Assert.Equal("/: nests elements more than 64 levels deep", error.ToString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void More_resources_than_any_answer_needs_are_refused()
    {
        var root = Commit(world.FullAnswer());
        var first = root.Element(Msg + "ResourceInformation")!;
        first.AddAfterSelf(Enumerable.Range(0, EdxlCommitReader.MaxResources).Select(_ => new XElement(first)));

        Assert.Contains("/CommitResource: holds more than 500 ResourceInformation elements", Refused(root).Select(e => e.ToString()));
    }

    [Fact]
    public void A_flood_of_problems_is_reported_by_its_first_hundred()
    {
        var root = Commit(world.FullAnswer());
        var contact = root.Element(Msg + "ContactInformation")!;
        XNamespace xal = EdxlNamespaces.Xal;
        contact.Descendants(xal + "NameElement").Single().Attribute(xal + "NameCode")!.Value = "DE";
        contact.AddAfterSelf(Enumerable.Range(0, 300).Select(_ => new XElement(contact)));

        var errors = Refused(root);

        Assert.Equal(101, errors.Count);
        Assert.Equal("/: and 201 more problems", errors[^1].ToString());
    }

    [Fact]
    public async Task A_stream_reads_like_its_text()
    {
        var answer = world.MixedAnswer();
        var text = world.Commit(answer);

        var read = await EdxlCommitReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), world.Poland, TestContext.Current.CancellationToken);

        Assert.Equal(answer, read.Value);
    }

    private XElement Commit(IReadOnlyList<PledgeLineDetails> answer) => XDocument.Parse(world.Commit(answer)).Root!;

    private List<DomainError> Refused(XElement root) => world.Refused(root.ToString());

    private List<DomainError> Refused(string text) => world.Refused(text);
}
