using Concordia.Data.Scenarios.Format;
using Concordia.Domain.Agencies;
using Concordia.Domain.Capabilities;
using Concordia.Domain.Common;
using Concordia.Domain.Events;
using Concordia.Domain.Pledges;

namespace Concordia.Data.Scenarios;

/// <summary>
/// Contributions of a scenario file (the record of who helped, e.g. at a past event) become what they are in
/// Concordia: an offer from the country, accepted by the host — a commitment, which the reciprocity ledger reads.
/// </summary>
internal static class ScenarioContributions
{
    private const string By = "scenario import";

    public static (List<Pledge> Pledges, List<Commitment> Commitments) Create(Event ev, IReadOnlyList<ScenarioContribution> files,
        IReadOnlyDictionary<string, Agency> agencies, Agency? firstAgency, IReadOnlyDictionary<string, Capability> capabilities, List<DomainError> errors)
    {
        var pledges = new List<Pledge>();
        var commitments = new List<Commitment>();
        var at = ev.StartOfDayUtc(ev.Start);
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var path = $"contributions[{i}]";
            var agency = file.Agency is null ? firstAgency : agencies.GetValueOrDefault(file.Agency);
            var check = new Check()
                .That(agency is not null, $"{path}.agency", file.Agency is null ? "the file has no agency to receive it" : $"no agency '{file.Agency}' in this file")
                .That(capabilities.ContainsKey(file.Capability), $"{path}.capability", $"no capability '{file.Capability}' in this file");
            if (check.Failed)
            {
                errors.AddRange(check.Errors);
                continue;
            }

            var offer = Pledge.Offer(ev, file.Country, agency!.Id,
                [new PledgeLineDetails(null, PledgeAnswer.Offer, capabilities[file.Capability].Id, file.Quantity, file.From, file.To, Note: file.Note)], By, at);
            if (!offer.IsSuccess)
            {
                errors.AddRange(offer.Errors.Select(e => new DomainError(e.Field.Replace("lines[0].", string.Empty, StringComparison.Ordinal), e.Message).Under(path)));
                continue;
            }

            pledges.Add(offer.Value);
            commitments.Add(offer.Value.Accept(offer.Value.Lines[0].Id, file.Quantity, By, at).Value);
        }

        return (pledges, commitments);
    }

    /// <summary>Every active commitment of the event, as contributions, in a stable order.</summary>
    public static List<ScenarioContribution> Export(ScenarioGraph graph, IReadOnlyDictionary<Guid, string> agencyCodes, IReadOnlyDictionary<Guid, string> capabilityCodes)
    {
        var notes = (graph.Contributions ?? []).SelectMany(p => p.Lines).ToDictionary(l => l.Id, l => l.Note);
        return (graph.Commitments ?? []).Where(c => c.IsActive)
            .OrderBy(c => c.Country, StringComparer.Ordinal).ThenBy(c => c.From).ThenBy(c => capabilityCodes[c.CapabilityId], StringComparer.Ordinal)
            .Select(c => new ScenarioContribution(c.Country, agencyCodes[c.AgencyId], capabilityCodes[c.CapabilityId], c.Quantity, c.From, c.To,
                notes.GetValueOrDefault(c.PledgeLineId)))
            .ToList();
    }
}
