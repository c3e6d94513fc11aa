using System.Xml.Linq;
using Concordia.Data.Edxl;
using Concordia.Domain.Common;
using Concordia.Domain.Pledges;

namespace Concordia.Web.Tests.Edxl;

/// <summary>Answers whose lines break a rule are refused with errors naming the element at fault.</summary>
public sealed class EdxlAnswerRejectionTests
{
    private const string Resource2 = "/CommitResource/ResourceInformation[2]";
    private static readonly XNamespace Msg = EdxlNamespaces.Message;
    private static readonly XNamespace Rm = EdxlNamespaces.Common;

    private readonly EdxlWorld world = EdxlWorld.Create();

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
    public void An_armed_status_outside_the_list_is_refused()
    {
        var root = Commit(world.FullAnswer());
        root.Descendants(XNamespace.Get(EdxlNamespaces.Concordia) + "Armed").First().Value = "Heavily";

        Assert.Equal("/CommitResource/ResourceInformation[1]/Resource/TypeInfo/Commitment/Armed", Assert.Single(Refused(root)).Field);
    }

    private XElement Commit(IReadOnlyList<PledgeLineDetails> answer) => XDocument.Parse(world.Commit(answer)).Root!;

    private List<DomainError> Refused(XElement root) => world.Refused(root.ToString());

    private List<DomainError> Refused(string text) => world.Refused(text);
}
