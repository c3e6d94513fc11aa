using Concordia.Domain.Common;
using Concordia.Domain.Events;
using Concordia.Domain.Requests;

namespace Concordia.Domain.Pledges;

/// <summary>What makes an answer full, partial, declined or a counter-offer; each line's errors name its position.</summary>
internal static class PledgeRules
{
    public static void CheckAnswers(Check check, Event ev, AssistanceRequest request, CountryAsk ask, IReadOnlyList<PledgeLineDetails> answers,
        IReadOnlyList<PledgeLine> accepted)
    {
        for (var i = 0; i < answers.Count; i++)
        {
            var answer = answers[i];
            var path = $"lines[{i}]";
            var line = request.Lines.FirstOrDefault(l => l.Id == answer.RequestLineId);
            var asked = line is null ? 0 : ask.QuantityOf(line.Id);
            if (line is null || asked == 0)
            {
                check.That(false, $"{path}.requestLineId", "is not a line of this ask; offer unrelated help as an unsolicited offer");
                continue;
            }

            CheckPeriod(check, ev, answer, path);
            var sameCapability = answer.CapabilityId == line.CapabilityId;
            var within = line.Covers(answer.From, answer.To);
            var wholePeriod = answer.From == line.From && answer.To == line.To;
            switch (answer.Answer)
            {
                case PledgeAnswer.Full:
                    check.That(sameCapability && wholePeriod && answer.Quantity == asked, $"{path}.answer",
                        $"a full answer gives the {asked} asked, of the asked capability, from {line.From:yyyy-MM-dd} to {line.To:yyyy-MM-dd}");
                    break;
                case PledgeAnswer.Partial:
                    check.That(sameCapability, $"{path}.capabilityId", "a partial answer keeps the asked capability; another capability is a counter-offer")
                        .That(within, $"{path}.from", "a partial answer stays within the asked period; another period is a counter-offer")
                        .That(answer.Quantity >= 1 && answer.Quantity <= asked, $"{path}.quantity", $"must be between 1 and the {asked} asked")
                        .That(answer.Quantity < asked || !wholePeriod, $"{path}.answer", "this gives everything asked: it is a full answer");
                    break;
                case PledgeAnswer.Declined:
                    check.That(answer.Quantity == 0, $"{path}.quantity", "a declined line gives 0")
                        .That(!string.IsNullOrWhiteSpace(answer.Note), $"{path}.note", "say why the line is declined");
                    break;
                case PledgeAnswer.CounterOffer:
                    check.That(answer.Quantity >= 1, $"{path}.quantity", "a counter-offer gives at least 1")
                        .That(!sameCapability || !within, $"{path}.answer", "same capability within the asked period: this is a full or partial answer");
                    break;
                default:
                    check.That(false, $"{path}.answer", "an unsolicited offer cannot answer an ask line");
                    break;
            }
        }

        foreach (var line in request.Lines.Where(l => ask.QuantityOf(l.Id) > 0))
        {
            check.That(answers.Any(a => a.RequestLineId == line.Id) || accepted.Any(a => a.RequestLineId == line.Id), "lines",
                $"request line {line.Number} has no answer; answer every line, declining those you cannot meet");
        }
    }

    public static void CheckOffers(Check check, Event ev, IReadOnlyList<PledgeLineDetails> offers)
    {
        check.That(offers.Count > 0, "lines", "an offer has at least one line");
        for (var i = 0; i < offers.Count; i++)
        {
            var path = $"lines[{i}]";
            check.That(offers[i].Answer == PledgeAnswer.Offer && offers[i].RequestLineId is null, $"{path}.answer", "lines of an unsolicited offer are offers")
                .That(offers[i].Quantity >= 1, $"{path}.quantity", "must be at least 1");
            CheckPeriod(check, ev, offers[i], path);
        }
    }

    private static void CheckPeriod(Check check, Event ev, PledgeLineDetails answer, string path) =>
        check.That(answer.To >= answer.From, $"{path}.to", "must not be before from")
            .That(answer.From >= ev.Start && answer.From <= ev.End, $"{path}.from", $"must lie within the event's dates {ev.Start:yyyy-MM-dd} to {ev.End:yyyy-MM-dd}")
            .That(answer.To <= ev.End && answer.To >= ev.Start, $"{path}.to", $"must lie within the event's dates {ev.Start:yyyy-MM-dd} to {ev.End:yyyy-MM-dd}")
            .That((answer.Conditions?.Languages ?? []).All(l => l.Trim().Length == 2 && l.Trim().All(char.IsAsciiLetter)), $"{path}.conditions.languages",
                "must be ISO 639-1 codes such as pl or fr")
            .Paragraph(answer.Conditions?.Other, $"{path}.conditions.other", PledgeConditions.OtherMaxLength)
            .That(answer.Quantity is >= 0 and <= 100_000, $"{path}.quantity", "must be between 0 and 100000")
            .Paragraph(answer.Note, $"{path}.note", 2000);
}
