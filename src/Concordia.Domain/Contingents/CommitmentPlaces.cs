using Concordia.Domain.Pledges;

namespace Concordia.Domain.Contingents;

/// <summary>
/// The places a contingent's active commitments offer (quantity × people per unit of the capability) and how many
/// are taken, so that members are linked to a commitment with room: earliest period first, then earliest accepted.
/// </summary>
public sealed class CommitmentPlaces
{
    private readonly List<(Commitment Commitment, int People)> commitments;
    private readonly Dictionary<Guid, int> taken;

    /// <param name="commitments">Active commitments with the people each takes.</param>
    /// <param name="taken">Members already linked, by commitment.</param>
    public CommitmentPlaces(IEnumerable<(Commitment Commitment, int People)> commitments, IReadOnlyDictionary<Guid, int> taken)
    {
        this.commitments = [.. commitments.Where(c => c.Commitment.IsActive).OrderBy(c => c.Commitment.From).ThenBy(c => c.Commitment.AcceptedAt)];
        this.taken = new Dictionary<Guid, int>(taken);
    }

    public int Free(Guid commitmentId) =>
        commitments.Where(c => c.Commitment.Id == commitmentId).Select(c => c.People - taken.GetValueOrDefault(commitmentId)).FirstOrDefault();

    public Commitment? Find(Guid commitmentId) => commitments.Find(c => c.Commitment.Id == commitmentId).Commitment;

    /// <summary>Takes a place in the first commitment of <paramref name="capabilityId"/> with room, or none.</summary>
    public Commitment? Take(Guid capabilityId)
    {
        foreach (var (commitment, people) in commitments.Where(c => c.Commitment.CapabilityId == capabilityId))
        {
            if (taken.GetValueOrDefault(commitment.Id) < people)
            {
                taken[commitment.Id] = taken.GetValueOrDefault(commitment.Id) + 1;
                return commitment;
            }
        }

        return null;
    }

    /// <summary>Takes a place in a given commitment, if it has room.</summary>
    public bool TryTake(Guid commitmentId)
    {
        if (Free(commitmentId) <= 0)
        {
            return false;
        }

        taken[commitmentId] = taken.GetValueOrDefault(commitmentId) + 1;
        return true;
    }

    public void Release(Guid commitmentId) => taken[commitmentId] = Math.Max(0, taken.GetValueOrDefault(commitmentId) - 1);
}
