using System.Text;
using System.Xml.Linq;
using Concordia.Data.Edxl;
using Concordia.Domain.Common;
using Concordia.Domain.Pledges;

namespace Concordia.Web.Tests.Edxl;

/// <summary>Malformed, hostile and mismatched answers are refused with errors naming the element at fault.</summary>
public sealed class EdxlCommitReaderTests
{
    private const string Resource2 = "/CommitResource/ResourceInformation[2]";
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
    public void Without_a_preceding_id_the_resource_info_element_id_names_the_line()
    {
        var root = Commit(world.FullAnswer());
        var resource = root.Elements(Msg + "ResourceInformation").ElementAt(1);
        resource.Descendants(Rm + "PrecedingResourceInfoElementID").Single().Remove();
        resource.Element(Msg + "ResourceInfoElementID")!.Value = "line-2";

        Assert.Equal($"{Resource2}/ResourceInfoElementID", Refused(root)[0].Field);
    }

    [Theory]
    [InlineData("-3", "must not be negative")]
    [InlineData("two", "must be a whole number")]
    [InlineData("2.5", "must be a whole number")]
    [InlineData("NaN", "must be a whole number")]
    [InlineData("1e9", "must be at most 100000")]
    [InlineData("3", "must be between 1 and the 2 asked; offer more in a separate unsolicited offer")]
    [InlineData("0", "must be at least 1; a line you cannot meet is a Decline")]
    public void A_bad_quantity_is_refused_at_its_amount(string amount, string message)
    {
        var root = Commit(world.FullAnswer());
        root.Elements(Msg + "ResourceInformation").ElementAt(1).Descendants(Rm + "Amount").Single().Value = amount;

        var error = Assert.Single(Refused(root));

        Assert.Equal($"{Resource2}/AssignmentInformation/Quantity/MeasuredQuantity/Amount: {message}", error.ToString());
    }

    [Fact]
    public void A_commitment_without_a_quantity_is_refused_where_the_amount_belongs()
    {
        var root = Commit(world.FullAnswer());
        root.Elements(Msg + "ResourceInformation").ElementAt(1).Element(Msg + "AssignmentInformation")!.Remove();

        Assert.Equal($"{Resource2}/AssignmentInformation/Quantity/MeasuredQuantity/Amount: is required: how many units are committed",
            Assert.Single(Refused(root)).ToString());
    }

    [Fact]
    public void An_unknown_capability_code_or_value_list_is_refused_at_the_type_structure()
    {
        var root = Commit(world.FullAnswer());
        var structures = root.Descendants(Msg + "TypeStructure").ToList();
        structures[0].Element(Rm + "Value")!.Value = "swat";
        structures[1].Element(Rm + "ValueListURN")!.Value = "urn:nims:resource-types";

        var errors = Refused(root);

        Assert.Equal(["/CommitResource/ResourceInformation[1]/Resource/TypeStructure/Value", $"{Resource2}/Resource/TypeStructure/ValueListURN"],
            errors.Select(e => e.Field));
        Assert.Contains("known codes: patrol, crs, k9-edd, gendarmes", errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("26/07/2024", "must be a date and time with its UTC offset, e.g. 2024-07-26T00:00:00+02:00")]
    [InlineData("2024-07-26T00:00:00", "must be a date and time with its UTC offset, e.g. 2024-07-26T00:00:00+02:00")]
    [InlineData("2024-02-30T00:00:00+02:00", "is not a valid date and time")]
    [InlineData("2024-07-01T00:00:00+02:00", "must lie within the event's dates 2024-07-26 to 2024-08-11 (Europe/Paris)")]
    public void A_bad_arrival_date_is_refused_at_its_date_time(string value, string message)
    {
        var root = Commit(world.FullAnswer());
        root.Elements(Msg + "ResourceInformation").ElementAt(1).Elements(Msg + "ScheduleInformation").First().Element(Msg + "DateTime")!.Value = value;

        Assert.Equal($"{Resource2}/ScheduleInformation[1]/DateTime: {message}", Assert.Single(Refused(root)).ToString());
    }

    [Fact]
    public void A_return_before_the_arrival_is_refused_at_the_return()
    {
        var root = Commit(world.FullAnswer());
        var schedules = root.Elements(Msg + "ResourceInformation").ElementAt(1).Elements(Msg + "ScheduleInformation").ToList();
        schedules[0].Element(Msg + "DateTime")!.Value = "2024-07-30T00:00:00+02:00";
        schedules[1].Element(Msg + "DateTime")!.Value = "2024-07-28T10:30:00Z";

        Assert.Equal($"{Resource2}/ScheduleInformation[2]/DateTime: is before the arrival", Assert.Single(Refused(root)).ToString());
    }

    [Fact]
    public void Accepting_with_another_capability_is_refused_at_the_response_type()
    {
        var root = Commit(world.MixedAnswer());
        root.Elements(Msg + "ResourceInformation").ElementAt(1).Descendants(Rm + "ResponseType").Single().Value = "Accept";

        var error = Assert.Single(Refused(root));

        Assert.Equal($"{Resource2}/ResponseInformation/ResponseType", error.Field);
        Assert.Contains("Provisional", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Maybe", "/ResponseInformation/ResponseType")]
    [InlineData("", "/ResponseInformation/ResponseType")]
    public void An_unknown_response_type_is_refused(string type, string where)
    {
        var root = Commit(world.FullAnswer());
        root.Elements(Msg + "ResourceInformation").ElementAt(1).Descendants(Rm + "ResponseType").Single().Value = type;

        Assert.Equal(Resource2 + where, Assert.Single(Refused(root)).Field);
    }

    [Fact]
    public void A_decline_without_a_reason_or_with_a_quantity_is_refused()
    {
        var root = Commit(world.MixedAnswer());
        var declined = root.Elements(Msg + "ResourceInformation").ElementAt(2);
        declined.Descendants(Rm + "ResponseReason").Single().Remove();
        declined.Element(Msg + "Resource")!.AddAfterSelf(new XElement(Msg + "AssignmentInformation",
            new XElement(Msg + "Quantity", new XElement(Rm + "MeasuredQuantity", new XElement(Rm + "Amount", 5)))));

        var errors = Refused(root).Select(e => e.ToString()).ToList();

        Assert.Equal(
        [
            "/CommitResource/ResourceInformation[3]/AssignmentInformation/Quantity/MeasuredQuantity/Amount: a Decline gives 0; leave the quantity out or give 0",
            "/CommitResource/ResourceInformation[3]/ResponseInformation: a Decline needs a ResponseReason (or ReasonCode) saying why",
        ], errors);
    }

    [Fact]
    public void A_reason_code_is_the_note_of_a_decline_when_no_reason_text_is_given()
    {
        var root = Commit(world.MixedAnswer());
        var response = root.Elements(Msg + "ResourceInformation").ElementAt(2).Element(Msg + "ResponseInformation")!;
        response.Element(Rm + "ResponseReason")!.ReplaceWith(new XElement(Rm + "ReasonCode",
            new XElement(Rm + "ValueListURN", "urn:example:reasons"), new XElement(Rm + "Value", "NotAvailable")));

        var read = EdxlCommitReader.Read(root.ToString(), world.Poland);

        Assert.Equal("NotAvailable", read.Value[2].Note);
    }

    [Fact]
    public void Every_asked_line_needs_an_answer_and_only_one()
    {
        var root = Commit(world.FullAnswer());
        var resources = root.Elements(Msg + "ResourceInformation").ToList();
        resources[2].Remove();
        resources[1].AddAfterSelf(new XElement(resources[1]));

        var errors = Refused(root).Select(e => e.ToString()).ToList();

        Assert.Equal(2, errors.Count);
        Assert.StartsWith("/CommitResource/ResourceInformation[3]/ResponseInformation/PrecedingResourceInfoElementID: answers request line 2 again; " +
            "/CommitResource/ResourceInformation[2] already answers it", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("/CommitResource: request line 3 ", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_response_information_is_refused()
    {
        var root = Commit(world.FullAnswer());
        root.Elements(Msg + "ResourceInformation").ElementAt(1).Element(Msg + "ResponseInformation")!.Remove();

        Assert.Equal($"{Resource2}/ResponseInformation: is required", Assert.Single(Refused(root)).ToString());
    }

    [Fact]
    public void An_incident_other_than_the_event_is_refused()
    {
        var root = Commit(world.FullAnswer());
        root.Descendants(Rm + "IncidentID").Single().Value = "london2012";

        Assert.Equal("/CommitResource/IncidentInformation[1]/IncidentID", Assert.Single(Refused(root)).Field);
    }

    [Fact]
    public void An_armed_status_outside_the_list_is_refused()
    {
        var root = Commit(world.FullAnswer());
        root.Descendants(XNamespace.Get(EdxlNamespaces.Concordia) + "Armed").First().Value = "Heavily";

        Assert.Equal("/CommitResource/ResourceInformation[1]/Resource/TypeInfo/Commitment/Armed", Assert.Single(Refused(root)).Field);
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

    private List<DomainError> Refused(XElement root) => Refused(root.ToString());

    private List<DomainError> Refused(string text)
    {
        var read = EdxlCommitReader.Read(text, world.Poland);
        Assert.False(read.IsSuccess, "the message was accepted");
        Assert.All(read.Errors, e => Assert.StartsWith("/", e.Field, StringComparison.Ordinal));
        return [.. read.Errors];
    }
}
