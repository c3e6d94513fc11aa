using Concordia.Domain.Common;
using Concordia.Domain.Events;

namespace Concordia.Domain.Contingents;

/// <summary>
/// A unit of a contingent that deploys as one: a military section, a public-order unit, a squad. It has a leader
/// among its members; members join it through <see cref="Assign"/>. Lodging keeps a unit together.
/// </summary>
public sealed class Unit
{
    private Unit()
    {
        Country = string.Empty;
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public string Country { get; private set; }

    public string Name { get; private set; }

    /// <summary>The accepted commitment the unit fulfils (e.g. one public-order unit of a commitment of two).</summary>
    public Guid? CommitmentId { get; private set; }

    public Guid? LeaderId { get; private set; }

    /// <summary>The host agency whose unit it is (a CRS company, a gendarmerie squadron); null for a contingent's unit.</summary>
    public Guid? AgencyId { get; private set; }

    public int Version { get; private set; }

    public static Result<Unit> Create(Event ev, string country, string name, Guid? commitmentId) =>
        new Check().Name(name, "name", 100)
            .ToResult(() => new Unit { Id = Guid.CreateVersion7(), EventId = ev.Id, Country = country, Name = name.Trim(), CommitmentId = commitmentId });

    /// <summary>A unit of a host agency's own forces.</summary>
    public static Result<Unit> CreateHost(Event ev, Agencies.Agency agency, string name) =>
        new Check().Name(name, "name", 100).That(agency.EventId == ev.Id, "agency", "must be an agency of the event")
            .ToResult(() => new Unit { Id = Guid.CreateVersion7(), EventId = ev.Id, Country = ev.HostCountry, Name = name.Trim(), AgencyId = agency.Id });

    /// <summary>Places one more member in the unit (a roster row naming it); a member of another unit moves to this one.</summary>
    public Result<Unit> Enlist(Member member)
    {
        var check = new Check().That(Belongs(member), "unit", "the unit belongs to another contingent or agency than the member");
        if (check.Failed)
        {
            return Result<Unit>.Failure(check.Errors);
        }

        member.JoinUnit(Id);
        return this;
    }

    /// <summary>Whether <paramref name="member"/> is of the unit's contingent, or of its host agency.</summary>
    public bool Belongs(Member member) => member.EventId == EventId && member.Country == Country && member.AgencyId == AgencyId;

    public Result<Unit> Rename(string name, Guid? commitmentId)
    {
        var check = new Check().Name(name, "name", 100);
        if (check.Failed)
        {
            return Result<Unit>.Failure(check.Errors);
        }

        if (Name != name.Trim() || CommitmentId != commitmentId)
        {
            Name = name.Trim();
            CommitmentId = commitmentId;
            Version++;
        }

        return this;
    }

    /// <summary>
    /// Makes <paramref name="members"/> the unit's members, led by <paramref name="leader"/> (one of them, or null).
    /// <paramref name="current"/> are the members the unit has now: those left out leave it. A member of another unit
    /// moves to this one.
    /// </summary>
    public Result<Unit> Assign(IReadOnlyCollection<Member> current, IReadOnlyCollection<Member> members, Member? leader)
    {
        var check = new Check()
            .That(members.All(Belongs), "memberIds", "every member must belong to this unit's contingent")
            .That(members.Select(m => m.Id).Distinct().Count() == members.Count, "memberIds", "must list each member once")
            .That(leader is null || members.Any(m => m.Id == leader.Id), "leaderId", "the leader must be one of the unit's members");
        if (check.Failed)
        {
            return Result<Unit>.Failure(check.Errors);
        }

        foreach (var gone in current.Where(c => c.UnitId == Id && members.All(m => m.Id != c.Id)))
        {
            gone.JoinUnit(null);
        }

        foreach (var member in members)
        {
            member.JoinUnit(Id);
        }

        if (LeaderId != leader?.Id)
        {
            LeaderId = leader?.Id;
        }

        Version++;
        return this;
    }
}
