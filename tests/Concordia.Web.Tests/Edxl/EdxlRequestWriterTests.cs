using System.Xml.Linq;
using Concordia.Data.Edxl;

namespace Concordia.Web.Tests.Edxl;

public sealed class EdxlRequestWriterTests
{
    private static readonly XNamespace Msg = EdxlNamespaces.Message;
    private static readonly XNamespace Rm = EdxlNamespaces.Common;
    private static readonly XNamespace Cc = EdxlNamespaces.Concordia;

    private readonly EdxlWorld world = EdxlWorld.Create();

    [Fact]
    public void Request_resource_is_in_the_message_namespace_with_the_header_in_the_order_of_the_specification()
    {
        var root = EdxlRequestWriter.Write(world.Poland).Root!;

        Assert.Equal(Msg + "RequestResource", root.Name);
        Assert.Equal(
        [
            "MessageID", "SentDateTime", "MessageContentType", "MessageDescription", "OriginatingMessageID", "IncidentInformation",
            "ContactInformation", "ContactInformation", "ResourceInformation", "ResourceInformation", "ResourceInformation",
        ], root.Elements().Select(e => e.Name.LocalName));
        Assert.All(root.Elements(), e => Assert.Equal(Msg, e.Name.Namespace));
        Assert.Equal("RequestResource", root.Element(Msg + "MessageContentType")!.Value);
        Assert.Equal("2024-06-02T11:00:00+02:00", root.Element(Msg + "SentDateTime")!.Value);
    }

    [Fact]
    public void Message_id_is_derived_from_the_ask_and_the_same_on_every_export()
    {
        var first = EdxlRequestWriter.WriteText(world.Poland);
        var again = EdxlRequestWriter.WriteText(world.Poland);
        var root = XDocument.Parse(first).Root!;

        Assert.Equal(first, again);
        Assert.Equal($"urn:x-concordia:ask:{world.Poland.Ask.Id:D}", root.Element(Msg + "MessageID")!.Value);
        Assert.Equal(root.Element(Msg + "MessageID")!.Value, root.Element(Msg + "OriginatingMessageID")!.Value);
        Assert.NotEqual(first, EdxlRequestWriter.WriteText(world.Germany));
    }

    [Fact]
    public void Each_line_asked_of_the_country_is_one_resource_with_its_quantity_and_local_dates()
    {
        var resources = EdxlRequestWriter.Write(world.Poland).Root!.Elements(Msg + "ResourceInformation").ToList();
        var patrol = resources[0];

        Assert.Equal(world.Line(1).Id.ToString("D"), patrol.Element(Msg + "ResourceInfoElementID")!.Value);
        Assert.Equal("40", patrol.Element(Msg + "AssignmentInformation")!.Element(Msg + "Quantity")!
            .Element(Rm + "MeasuredQuantity")!.Element(Rm + "Amount")!.Value);
        Assert.Equal(["2", "5"], resources.Skip(1).Select(r => r.Descendants(Rm + "Amount").Single().Value));
        var schedules = patrol.Elements(Msg + "ScheduleInformation").ToList();
        Assert.Equal(["RequestedArrival", "EstimatedReturnDeparture"], schedules.Select(s => s.Element(Msg + "ScheduleType")!.Value));
        Assert.Equal("2024-07-26T00:00:00+02:00", schedules[0].Element(Msg + "DateTime")!.Value);
        Assert.Equal("2024-08-11T23:59:59+02:00", schedules[1].Element(Msg + "DateTime")!.Value);
        Assert.Equal("Fan zones and stations", schedules[0].Element(Msg + "Location")!.Element(Rm + "LocationDescription")!.Value);
        Assert.Null(resources[1].Element(Msg + "ScheduleInformation")!.Element(Msg + "Location"));
    }

    [Fact]
    public void Lines_not_asked_of_a_country_are_left_out_of_its_message()
    {
        var resources = EdxlRequestWriter.Write(world.Germany).Root!.Elements(Msg + "ResourceInformation").ToList();

        Assert.Equal([world.Line(1).Id.ToString("D"), world.Line(3).Id.ToString("D")],
            resources.Select(r => r.Element(Msg + "ResourceInfoElementID")!.Value));
        Assert.Equal(["10", "3"], resources.Select(r => r.Descendants(Rm + "Amount").Single().Value));
    }

    [Fact]
    public void Resource_names_the_capability_by_its_code_and_carries_typing_and_conditions()
    {
        var resources = EdxlRequestWriter.Write(world.Poland).Root!.Elements(Msg + "ResourceInformation").ToList();
        var canine = resources[2].Element(Msg + "Resource")!;
        var patrol = resources[0].Element(Msg + "Resource")!;

        Assert.Equal(["Name", "TypeStructure", "TypeInfo", "Description", "SpecialRequirements"], canine.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("urn:x-concordia:event:paris2024:capability", canine.Element(Msg + "TypeStructure")!.Element(Rm + "ValueListURN")!.Value);
        Assert.Equal("k9-edd", canine.Element(Msg + "TypeStructure")!.Element(Rm + "Value")!.Value);
        var type = canine.Element(Msg + "TypeInfo")!.Element(Cc + "ResourceType")!;
        Assert.Equal("ExplosiveDetectionCanineTeam", type.Element(Cc + "Kind")!.Value);
        Assert.Equal("1", type.Element(Cc + "TypeLevel")!.Value);
        Assert.Equal("1", type.Element(Cc + "PersonsPerUnit")!.Value);
        Assert.Equal("1", type.Element(Cc + "DogsPerUnit")!.Value);
        Assert.Contains("one unit is 1 person and 1 dog", canine.Element(Msg + "Description")!.Value, StringComparison.Ordinal);
        var conditions = patrol.Element(Msg + "TypeInfo")!.Element(Cc + "ResourceType")!.Element(Cc + "Conditions")!;
        Assert.Equal(["fr", "en"], conditions.Elements(Cc + "Language").Select(e => e.Value));
        Assert.Equal("Unarmed", conditions.Element(Cc + "Armed")!.Value);
        Assert.Equal("false", conditions.Element(Cc + "OwnEquipment")!.Value);
        Assert.Equal("HostSupported", conditions.Element(Cc + "Lodging")!.Value);
        Assert.Equal("Languages: fr, en. Officers: unarmed. Own vehicles and equipment: not required. Lodging: provided by the host.",
            patrol.Element(Msg + "SpecialRequirements")!.Value);
    }

    [Fact]
    public void Event_is_the_incident_and_the_agency_asks_the_country()
    {
        var root = EdxlRequestWriter.Write(world.Poland).Root!;
        var contacts = root.Elements(Msg + "ContactInformation").ToList();

        Assert.Equal("paris2024", root.Element(Msg + "IncidentInformation")!.Element(Rm + "IncidentID")!.Value);
        Assert.Equal("Paris 2024 Olympic Games", root.Element(Msg + "IncidentInformation")!.Element(Rm + "IncidentDescription")!.Value);
        Assert.Equal(["Requester", "RespondingOrg"], contacts.Select(c => c.Element(Rm + "ContactRole")!.Value));
        XNamespace xal = EdxlNamespaces.Xal;
        XNamespace xnl = EdxlNamespaces.Xnl;
        Assert.Equal(["FR", "PL"], contacts.Select(c => c.Descendants(xal + "NameElement").Single().Attribute(xal + "NameCode")!.Value));
        Assert.Equal("Ministère de l'Intérieur – DCIS", contacts[0].Descendants(xnl + "NameElement").Single().Value);
    }

    [Fact]
    public void Reply_deadline_is_stated_in_the_message_description_in_the_event_time_zone()
    {
        var description = EdxlRequestWriter.Write(world.Poland).Root!.Element(Msg + "MessageDescription")!.Value;

        Assert.EndsWith("Reply by 2024-06-30T18:00:00+02:00 (Europe/Paris).", description, StringComparison.Ordinal);
        Assert.StartsWith("Police reinforcement: request for assistance from Ministère de l'Intérieur – DCIS (France) to Poland for Paris 2024",
            description, StringComparison.Ordinal);
    }

    [Fact]
    public void Exported_request_and_answers_conform_to_the_schema_subset()
    {
        Assert.Empty(EdxlSchemas.Validate(EdxlRequestWriter.WriteText(world.Poland)));
        Assert.Empty(EdxlSchemas.Validate(EdxlRequestWriter.WriteText(world.Germany)));
        Assert.Empty(EdxlSchemas.Validate(world.Commit(world.MixedAnswer())));
        Assert.Empty(EdxlSchemas.Validate(world.Commit(world.FullAnswer(), EdxlResponseKind.ResponseToRequestResource)));
    }

    [Fact]
    public void Schema_subset_catches_elements_out_of_order()
    {
        var root = EdxlRequestWriter.Write(world.Poland).Root!;
        var id = root.Element(Msg + "MessageID")!;
        id.Remove();
        root.Element(Msg + "SentDateTime")!.AddAfterSelf(id);

        Assert.NotEmpty(EdxlSchemas.Validate(root.ToString()));
    }

    [Fact]
    public void Only_a_sent_ask_of_the_request_can_be_exchanged()
    {
        var other = EdxlWorld.Create();

        var foreignAsk = EdxlAsk.Create(world.Event, world.Agency, world.Request, other.Poland.Ask, world.Catalogue);
        var missingCapability = EdxlAsk.Create(world.Event, world.Agency, world.Request, world.Poland.Ask, [world.Patrol]);

        Assert.Contains(foreignAsk.Errors, e => e.Field == "ask");
        Assert.Contains(missingCapability.Errors, e => e.Field == "catalogue");
    }
}
