using Concordia.Domain.Agencies;
using Concordia.Domain.Capabilities;
using Concordia.Domain.Events;
using Concordia.Domain.Planning;
using Concordia.Domain.Pledges;
using Concordia.Domain.Requirements;
using Concordia.Domain.Sites;

namespace Concordia.Data.Scenarios;

/// <summary>One event and everything a scenario file holds for it, as domain objects.</summary>
public sealed record ScenarioGraph(
    Event Event,
    IReadOnlyList<Agency> Agencies,
    IReadOnlyList<Capability> Capabilities,
    IReadOnlyList<Site> Sites,
    IReadOnlyList<Requirement> Requirements,
    IReadOnlyList<Pledge>? Contributions = null,
    IReadOnlyList<Commitment>? Commitments = null,
    IReadOnlyList<VisitorExpectation>? Visitors = null);
