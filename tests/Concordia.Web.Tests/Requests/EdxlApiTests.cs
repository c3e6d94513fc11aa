using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Concordia.Data.Edxl;
using Concordia.Web.Tests.Infrastructure;

namespace Concordia.Web.Tests.Requests;

public sealed class EdxlApiTests(Apps apps)
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_commit_built_from_the_exported_request_reproduces_the_pledge(string database)
    {
        var campaign = await Campaign.SendAsync(await apps.GetAsync(database));
        var liaison = await campaign.LiaisonAsync("PL");
        var askId = await campaign.AskOfAsync("PL");
        var request = XDocument.Parse(await liaison.GetStringAsync($"/api/v1/asks/{askId}/edxl"));
        Assert.Equal(XName.Get("RequestResource", EdxlNamespaces.Message), request.Root!.Name);
        var commit = AnswerFull(request);

        using var response = await liaison.PostAsync($"/api/v1/asks/{askId}/edxl", new StringContent(commit, Encoding.UTF8, "application/xml"));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var lines = JsonNode.Parse(body)!["lines"]!.AsArray();
        Assert.Equal([("full", 20), ("full", 2)], lines.Select(l => (l!["answer"]!.GetValue<string>(), l["quantity"]!.GetValue<int>())));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_malformed_message_is_refused_naming_the_element_and_nothing_is_pledged(string database)
    {
        var campaign = await Campaign.SendAsync(await apps.GetAsync(database));
        var liaison = await campaign.LiaisonAsync("PL");
        var askId = await campaign.AskOfAsync("PL");
        var commit = XDocument.Parse(AnswerFull(XDocument.Parse(await liaison.GetStringAsync($"/api/v1/asks/{askId}/edxl"))));
        commit.Descendants(XName.Get("Amount", EdxlNamespaces.Common)).First().Value = "twenty";

        using var response = await liaison.PostAsync($"/api/v1/asks/{askId}/edxl", new StringContent(commit.ToString(), Encoding.UTF8, "application/xml"));

        var problem = await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(ApiClient.Fields(problem), f => f.StartsWith("/CommitResource/ResourceInformation[1]", StringComparison.Ordinal) && f.EndsWith("Amount", StringComparison.Ordinal));
        Assert.Empty(await liaison.GetArrayAsync($"/api/v1/events/{campaign.EventId}/pledges"));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Another_countrys_ask_cannot_be_exported_or_answered(string database)
    {
        var campaign = await Campaign.SendAsync(await apps.GetAsync(database));
        var liaison = await campaign.LiaisonAsync("PL");
        var germanAsk = await campaign.AskOfAsync("DE");

        using var export = await liaison.GetAsync($"/api/v1/asks/{germanAsk}/edxl");
        using var import = await liaison.PostAsync($"/api/v1/asks/{germanAsk}/edxl", new StringContent("<CommitResource/>", Encoding.UTF8, "application/xml"));

        await ApiClient.ProblemAsync(export, HttpStatusCode.NotFound);
        await ApiClient.ProblemAsync(import, HttpStatusCode.NotFound);
    }

    /// <summary>What a liaison's own system would send: a CommitResource accepting every requested line in full.</summary>
    private static string AnswerFull(XDocument request)
    {
        XNamespace msg = EdxlNamespaces.Message;
        XNamespace rm = EdxlNamespaces.Common;
        var messageId = request.Root!.Element(msg + "MessageID")!.Value;
        var commit = new XElement(msg + "CommitResource",
            new XElement(msg + "MessageID", "urn:x-test:commit:" + Guid.NewGuid()),
            new XElement(msg + "SentDateTime", DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)),
            new XElement(msg + "MessageContentType", "CommitResource"),
            new XElement(msg + "OriginatingMessageID", messageId),
            new XElement(msg + "PrecedingMessageID", messageId));
        foreach (var resource in request.Root.Elements(msg + "ResourceInformation"))
        {
            var answer = new XElement(resource);
            answer.Element(msg + "ResourceInfoElementID")!.AddAfterSelf(
                new XElement(msg + "ResponseInformation",
                    new XElement(rm + "PrecedingResourceInfoElementID", resource.Element(msg + "ResourceInfoElementID")!.Value),
                    new XElement(rm + "ResponseType", "Accept")));
            commit.Add(answer);
        }

        return new XDocument(commit).ToString();
    }
}
