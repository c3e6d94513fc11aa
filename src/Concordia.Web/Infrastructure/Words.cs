using System.Text;
using Concordia.Domain.Contingents;
using Concordia.Domain.Pledges;
using Concordia.Domain.Requests;

namespace Concordia.Web.Infrastructure;

/// <summary>
/// The words pages show for the domain's values: "Lodged by the host" for <c>HostSupported</c>, "Under review" for
/// <c>UnderReview</c>. Values without their own words are split into a sentence ("BadgeIssued" → "Badge issued").
/// </summary>
public static class Words
{
    private static readonly Dictionary<Enum, string> Chosen = new()
    {
        [ArmedCondition.Either] = "Armed or unarmed",
        [ArmedCondition.Armed] = "Armed",
        [ArmedCondition.Unarmed] = "Unarmed",
        [LodgingCondition.HostSupported] = "Lodged by the host",
        [LodgingCondition.SelfSufficient] = "Own lodging",
        [PledgeAnswer.Full] = "All that was asked",
        [PledgeAnswer.Partial] = "Part of it",
        [PledgeAnswer.Declined] = "None (declined)",
        [PledgeAnswer.CounterOffer] = "Something else (counter-offer)",
        [HostDecision.RevisionRequested] = "Revision asked",
        [AccreditationStatus.BadgeRevoked] = "Badge revoked",
        [AskStatus.Sent] = "Awaiting answer",
    };

    public static string Of(Enum value)
    {
        if (Chosen.TryGetValue(value, out var words))
        {
            return words;
        }

        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            text.Append(i > 0 && char.IsUpper(name[i]) ? " " + char.ToLowerInvariant(name[i]) : name[i].ToString());
        }

        return text.ToString();
    }
}
