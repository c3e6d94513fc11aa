using Concordia.Domain.Contingents;
using Concordia.Domain.Pledges;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Data.Contingents;

/// <summary>
/// The active commitments of one contingent and the places they offer, counted in people (quantity × people per
/// unit of the capability), with the members already linked to them.
/// </summary>
public sealed class ContingentCommitments
{
    private readonly Dictionary<Guid, Commitment> active;

    private ContingentCommitments(Dictionary<Guid, Commitment> active, CommitmentPlaces places)
    {
        this.active = active;
        Places = places;
    }

    public CommitmentPlaces Places { get; }

    /// <summary>
    /// Loads the commitments; <paramref name="linked"/> are the contingent's members as they stand in memory (so that
    /// members being created or changed count), or null to count the stored links.
    /// </summary>
    public static async Task<ContingentCommitments> LoadAsync(ConcordiaDbContext db, Guid eventId, string country, IReadOnlyCollection<Member>? linked,
        CancellationToken cancellationToken)
    {
        var persons = await db.Capabilities.AsNoTracking().Where(c => c.EventId == eventId).ToDictionaryAsync(c => c.Id, c => c.Persons, cancellationToken);
        var commitments = await db.Commitments.AsNoTracking()
            .Where(c => c.EventId == eventId && c.Country == country && c.WithdrawnAt == null).ToListAsync(cancellationToken);
        var active = commitments.ToDictionary(c => c.Id);
        var taken = linked is not null
            ? linked.Where(m => m.CommitmentId is { } id && active.ContainsKey(id)).GroupBy(m => m.CommitmentId!.Value).ToDictionary(g => g.Key, g => g.Count())
            : await db.Members.Where(m => m.EventId == eventId && m.Country == country && m.CommitmentId != null)
                .GroupBy(m => m.CommitmentId!.Value).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return new ContingentCommitments(active,
            new CommitmentPlaces(commitments.Select(c => (c, c.Quantity * persons.GetValueOrDefault(c.CapabilityId, 1))), taken));
    }

    public Commitment? Active(Guid? commitmentId) => commitmentId is { } id && active.TryGetValue(id, out var commitment) ? commitment : null;

    /// <summary>True when the member is linked to an active commitment of its own capability.</summary>
    public bool IsLinked(Member member) => Active(member.CommitmentId) is { } commitment && commitment.CapabilityId == member.CapabilityId;

    /// <summary>Links a member that is not (or no longer) linked to the first active commitment of its capability with room.</summary>
    public void LinkIfLoose(Member member)
    {
        if (!IsLinked(member) && member.CapabilityId is { } capability)
        {
            // A commitment taken from the places is active, of this contingent and of the member's capability.
            member.LinkTo(Places.Take(capability));
        }
    }
}
