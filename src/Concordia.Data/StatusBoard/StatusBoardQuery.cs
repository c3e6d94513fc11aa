using Concordia.Data;
using Concordia.Domain.Countries;
using Concordia.Domain.Events;
using Concordia.Domain.Pledges;
using Concordia.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Data.StatusBoard;

/// <summary>
/// Computes the board from one source each — asks for "requested", the current version of each pledge for
/// "pledged", active commitments for "accepted", checked-in members for "arrived" — so figures cannot disagree.
/// </summary>
public static class StatusBoardQuery
{
    public const string Requested = "requested";
    public const string Pledged = "pledged";
    public const string Accepted = "accepted";
    public const string Arrived = "arrived";

    /// <summary>The board computed from the database now (no cache): the command line, and the cache's reference.</summary>
    public static async Task<StatusBoardDto> RunAsync(ConcordiaDbContext db, Event ev, BoardDimension dimension, BoardFilter filter, CancellationToken cancellationToken) =>
        Board(await SnapshotAsync(db, ev, cancellationToken), dimension, filter);

    /// <summary>Everything the board is computed from, read in one go: the figures before grouping and the answers.</summary>
    internal static async Task<BoardSnapshot> SnapshotAsync(ConcordiaDbContext db, Event ev, CancellationToken cancellationToken)
    {
        var capabilities = await db.Capabilities.AsNoTracking().Where(c => c.EventId == ev.Id).ToDictionaryAsync(c => c.Id, cancellationToken);
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.EventId == ev.Id).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var facts = await FactsAsync(db, ev, capabilities, cancellationToken);
        var answers = await db.Pledges.AsNoTracking().Where(p => p.EventId == ev.Id && p.AskId != null)
            .Select(p => new BoardAnswer(p.Country, p.RequestId, p.AgencyId)).ToListAsync(cancellationToken);
        return new BoardSnapshot(capabilities.ToDictionary(c => c.Key, c => c.Value.Name), agencies, facts, answers);
    }

    /// <summary>Groups and filters a snapshot into the board; the same snapshot gives every dimension and filter.</summary>
    internal static StatusBoardDto Board(BoardSnapshot snapshot, BoardDimension dimension, BoardFilter filter)
    {
        var facts = snapshot.Facts.Where(f => Matches(f, filter)).ToList();
        var rows = facts.GroupBy(f => KeyOf(f, dimension))
            .Select(g => Row(g.Key, LabelOf(g.Key, dimension, snapshot.Capabilities, snapshot.Agencies), g))
            .OrderByDescending(r => r.Requested).ThenByDescending(r => r.Accepted).ThenBy(r => r.Label, StringComparer.CurrentCulture).ToList();
        var overTime = facts.Where(f => f.Stage is Pledged or Accepted).GroupBy(f => f.Day).OrderBy(g => g.Key)
            .Aggregate((List: new List<BoardPoint>(), Pledged: 0, Accepted: 0), (acc, day) =>
            {
                var pledged = acc.Pledged + day.Where(f => f.Stage == Pledged).Sum(f => f.People);
                var accepted = acc.Accepted + day.Where(f => f.Stage == Accepted).Sum(f => f.People);
                acc.List.Add(new BoardPoint(day.Key, pledged, accepted));
                return (acc.List, pledged, accepted);
            }).List;
        var acceptedByCountry = facts.Where(f => f.Stage == Accepted).GroupBy(f => f.Country).ToDictionary(g => g.Key, g => g.Sum(f => f.People));
        var answered = snapshot.Answers.Where(a => (filter.RequestId is null || a.RequestId == filter.RequestId)
                && (filter.AgencyId is null || a.AgencyId == filter.AgencyId) && (filter.Country is null || a.Country == filter.Country))
            .Select(a => a.Country).Distinct().Count();
        return new StatusBoardDto(dimension, Row("total", "All", facts), rows, overTime, acceptedByCountry,
            facts.Where(f => f.Stage == Requested).Select(f => f.Country).Distinct().Count(), answered, acceptedByCountry.Count(c => c.Value > 0));
    }

    private static async Task<List<BoardFact>> FactsAsync(ConcordiaDbContext db, Event ev, IReadOnlyDictionary<Guid, Domain.Capabilities.Capability> capabilities,
        CancellationToken cancellationToken)
    {
        var facts = new List<BoardFact>();
        int People(Guid capability, int quantity) => quantity * capabilities[capability].Persons;
        int Dogs(Guid capability, int quantity) => quantity * capabilities[capability].Dogs;
        // A period counts for the first phase it overlaps (reinforcements arrive before the opening).
        string Phase(DateOnly from, DateOnly to) => ev.Phases.OrderBy(p => p.Start).FirstOrDefault(p => from <= p.End && to >= p.Start)?.Name ?? "Outside the phases";

        var requests = await db.Requests.AsNoTracking().Include(r => r.Lines).Include(r => r.Asks)
            .Where(r => r.EventId == ev.Id && r.Status != RequestStatus.Draft).ToListAsync(cancellationToken);
        foreach (var request in requests.Where(r => r.Status != RequestStatus.Withdrawn))
        {
            foreach (var ask in request.Asks)
            {
                foreach (var line in request.Lines.Where(l => ask.QuantityOf(l.Id) > 0))
                {
                    var quantity = ask.QuantityOf(line.Id);
                    facts.Add(new BoardFact(Requested, ask.Country, line.CapabilityId, request.AgencyId, request.Id, Phase(line.From, line.To),
                        People(line.CapabilityId, quantity), Dogs(line.CapabilityId, quantity), ev.LocalDay(request.SentAt ?? request.CreatedAt)));
                }
            }
        }

        var pledges = await db.Pledges.AsNoTracking().Include(p => p.Lines).Where(p => p.EventId == ev.Id).ToListAsync(cancellationToken);
        facts.AddRange(pledges.SelectMany(p => p.Lines.Where(l => l.Answer != PledgeAnswer.Declined).Select(l => new BoardFact(Pledged, p.Country,
            l.CapabilityId, p.AgencyId, p.RequestId, Phase(l.From, l.To), People(l.CapabilityId, l.Quantity), Dogs(l.CapabilityId, l.Quantity), ev.LocalDay(p.SubmittedAt)))));

        var commitments = await db.Commitments.AsNoTracking().Where(c => c.EventId == ev.Id && c.WithdrawnAt == null).ToListAsync(cancellationToken);
        facts.AddRange(commitments.Select(c => new BoardFact(Accepted, c.Country, c.CapabilityId, c.AgencyId, c.RequestId, Phase(c.From, c.To),
            People(c.CapabilityId, c.Quantity), Dogs(c.CapabilityId, c.Quantity), ev.LocalDay(c.AcceptedAt))));

        // Arrived: members linked to an active commitment who checked in, one person each (a canine team's handler
        // brings its dog), counted under their commitment's country, capability, agency and phase.
        var active = commitments.ToDictionary(c => c.Id);
        var arrivals = await db.Members.AsNoTracking().Where(m => m.EventId == ev.Id && m.CheckedInAt != null && m.CommitmentId != null)
            .Select(m => new { CommitmentId = m.CommitmentId!.Value, CheckedInAt = m.CheckedInAt!.Value, Dog = m.Dog != null }).ToListAsync(cancellationToken);
        foreach (var arrival in arrivals.Where(a => active.ContainsKey(a.CommitmentId)))
        {
            var c = active[arrival.CommitmentId];
            facts.Add(new BoardFact(Arrived, c.Country, c.CapabilityId, c.AgencyId, c.RequestId, Phase(c.From, c.To), 1, arrival.Dog ? 1 : 0,
                ev.LocalDay(arrival.CheckedInAt)));
        }
        return facts;
    }

    private static bool Matches(BoardFact fact, BoardFilter filter) =>
        (filter.AgencyId is null || fact.AgencyId == filter.AgencyId) &&
        (filter.RequestId is null || fact.RequestId == filter.RequestId) &&
        (filter.CapabilityId is null || fact.CapabilityId == filter.CapabilityId) &&
        (filter.Country is null || fact.Country == filter.Country) &&
        (filter.Phase is null || fact.Phase == filter.Phase);

    private static BoardRow Row(string key, string label, IEnumerable<BoardFact> facts)
    {
        var list = facts as IReadOnlyCollection<BoardFact> ?? facts.ToList();
        int Sum(string stage) => list.Where(f => f.Stage == stage).Sum(f => f.People);
        return new BoardRow(key, label, Sum(Requested), Sum(Pledged), Sum(Accepted), Sum(Arrived), list.Where(f => f.Stage == Accepted).Sum(f => f.Dogs));
    }

    private static string KeyOf(BoardFact fact, BoardDimension dimension) => dimension switch
    {
        BoardDimension.Capability => fact.CapabilityId.ToString(),
        BoardDimension.Agency => fact.AgencyId.ToString(),
        BoardDimension.Phase => fact.Phase,
        _ => fact.Country,
    };

    private static string LabelOf(string key, BoardDimension dimension, IReadOnlyDictionary<Guid, string> capabilities,
        IReadOnlyDictionary<Guid, string> agencies) => dimension switch
        {
            BoardDimension.Capability => capabilities[Guid.Parse(key)],
            BoardDimension.Agency => agencies[Guid.Parse(key)],
            BoardDimension.Phase => key,
            _ => CountryCatalogue.Find(key)?.Name ?? key,
        };
}
