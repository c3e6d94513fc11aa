using Concordia.Domain.Common;
using Concordia.Domain.Countries;
using Concordia.Domain.Events;
using Concordia.Domain.Pledges;

namespace Concordia.Domain.Contingents;

/// <summary>
/// A person deployed at an event: a member of a country's contingent or, with <see cref="AgencyId"/>, of a host
/// agency's own forces (police officers, gendarmes, soldiers of the host country). Identity, skills, the accepted commitment the person fulfils,
/// the unit they serve in, their accreditation (<c>Member.Accreditation.cs</c>) and their journey and arrival
/// (<c>Member.Travel.cs</c>). A canine team is one member, the handler, with the dog. Each country sees and edits
/// only its own members; the country never changes after creation.
/// </summary>
public sealed partial class Member
{
    private readonly List<Badge> badges = [];

    private Member()
    {
        Country = string.Empty;
        FamilyName = string.Empty;
        GivenName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 code of the sending country.</summary>
    public string Country { get; private set; }

    /// <summary>The member's number in their own service: the key roster imports match on. Unique in the contingent.</summary>
    public string? PersonnelNumber { get; private set; }

    public string FamilyName { get; private set; }

    public string GivenName { get; private set; }

    /// <summary>The name in Latin letters, for a name in a script a badge cannot print.</summary>
    public string? LatinName { get; private set; }

    public string? Rank { get; private set; }

    public string? Service { get; private set; }

    public Guid? CapabilityId { get; private set; }

    public IReadOnlyList<LanguageSkill> Languages { get; private set; } = [];

    public IReadOnlyList<string> Skills { get; private set; } = [];

    public bool? Armed { get; private set; }

    public WeaponAuthorisation? WeaponAuthorisation { get; private set; }

    public IReadOnlyList<string> DrivingLicence { get; private set; } = [];

    public DateOnly? DateOfBirth { get; private set; }

    public string? DocumentNumber { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>The dog, when the member is the handler of a canine team.</summary>
    public CanineDetails? Dog { get; private set; }

    /// <summary>The accepted commitment this member fulfils; none for a member the country sends beyond its commitments.</summary>
    public Guid? CommitmentId { get; private set; }

    /// <summary>The section or unit the member serves in, if any.</summary>
    public Guid? UnitId { get; private set; }

    /// <summary>The host agency whose own forces the member belongs to; null for a member of a foreign contingent.</summary>
    public Guid? AgencyId { get; private set; }

    /// <summary>A member of the host's own forces, not of a foreign contingent.</summary>
    public bool IsHost => AgencyId is not null;

    /// <summary>Set when the personal data were erased after the retention period; the record stays for statistics.</summary>
    public DateTime? ErasedAt { get; private set; }

    public int Version { get; private set; }

    public string DisplayName => $"{FamilyName.ToUpperInvariant()} {GivenName}".TrimEnd();

    public bool IsCanineTeam => Dog is not null;

    /// <summary>Every badge ever issued to the member; at most one is not revoked.</summary>
    public IReadOnlyList<Badge> Badges => badges;

    /// <summary>The details as last stated, to compare with a new statement (a roster row, a form).</summary>
    public MemberDetails Details => new(FamilyName, GivenName, Rank, Service, CapabilityId, DateOfBirth, DocumentNumber, Phone,
        PersonnelNumber, LatinName, Languages, Skills, Armed, WeaponAuthorisation, DrivingLicence, Dog);

    /// <summary>A new member, submitted for accreditation at <paramref name="at"/>.</summary>
    public static Result<Member> Create(Event ev, string country, MemberDetails details, DateTime at)
    {
        var check = new Check()
            .That(CountryCatalogue.Find(country)?.Alpha2 == country, "country", $"'{country}' is not an ISO 3166-1 alpha-2 country code")
            .That(country != ev.HostCountry, "country", "members belong to a foreign contingent; host personnel are not entered here");
        MemberRules.Check(check, details, DateOnly.FromDateTime(at), ev);
        return check.ToResult(() =>
        {
            var member = new Member
            {
                Id = Guid.CreateVersion7(),
                EventId = ev.Id,
                Country = country,
                Status = AccreditationStatus.Submitted,
                SubmittedAt = at,
            };
            member.Apply(details);
            return member;
        });
    }

    /// <summary>
    /// A member of a host agency's own forces. Host personnel are cleared by their own service, so they are accredited
    /// from the start and take no part in the vetting of foreign contingents, their travel or lodging.
    /// </summary>
    public static Result<Member> CreateHost(Event ev, Agencies.Agency agency, MemberDetails details, DateTime at)
    {
        var check = new Check().That(agency.EventId == ev.Id, "agency", "must be an agency of the event");
        MemberRules.Check(check, details, DateOnly.FromDateTime(at), ev);
        return check.ToResult(() =>
        {
            var member = new Member
            {
                Id = Guid.CreateVersion7(),
                EventId = ev.Id,
                Country = ev.HostCountry,
                AgencyId = agency.Id,
                Status = AccreditationStatus.Accredited,
                SubmittedAt = at,
                DecidedAt = at,
                DecidedBy = agency.Name,
            };
            member.Apply(details);
            return member;
        });
    }

    /// <summary>
    /// States the member's details anew (<paramref name="ev"/> is the member's event, which some rules are judged by). A change of identity (names, date of birth, identity document) after the
    /// vetting officers decided sends the member back to vetting and revokes a badge in force: the badge no longer
    /// matches the person. A change of capability unlinks a commitment of another capability.
    /// </summary>
    public Result<MemberUpdate> Update(Event ev, MemberDetails details, string by, DateTime at)
    {
        if (ev.Id != EventId)
        {
            throw new ArgumentException($"Member {Id} belongs to another event than {ev.Code}.", nameof(ev));
        }

        var check = new Check().That(ErasedAt is null, "member", "the personal data of this member were erased");
        MemberRules.Check(check, details, DateOnly.FromDateTime(at), ev);
        if (check.Failed)
        {
            return Result<MemberUpdate>.Failure(check.Errors);
        }

        var before = Details;
        Apply(details);
        var after = Details;
        if (Same(before, after))
        {
            return new MemberUpdate(false, false);
        }

        var identityChanged = before.FamilyName != after.FamilyName || before.GivenName != after.GivenName || before.LatinName != after.LatinName
            || before.DateOfBirth != after.DateOfBirth || before.DocumentNumber != after.DocumentNumber;
        // The host's own forces are cleared by their own service, not by this event's vetting.
        var backToVetting = identityChanged && !IsHost && SendBackToVetting(by, at);
        Version++;
        return new MemberUpdate(true, backToVetting);
    }

    /// <summary>Links the member to the accepted commitment it fulfils, or unlinks it (null).</summary>
    public Result<Member> LinkTo(Commitment? commitment)
    {
        if (commitment is not null)
        {
            var check = new Check()
                .That(commitment.EventId == EventId && commitment.Country == Country, "commitmentId", "is a commitment of another contingent")
                .That(commitment.IsActive, "commitmentId", "was withdrawn")
                .That(commitment.CapabilityId == CapabilityId, "commitmentId", "is for another capability than the member's");
            if (check.Failed)
            {
                return Result<Member>.Failure(check.Errors);
            }
        }

        if (CommitmentId != commitment?.Id)
        {
            CommitmentId = commitment?.Id;
            Version++;
        }

        return this;
    }

    /// <summary>Places the member in a unit of the same contingent, or takes them out of it (null).</summary>
    internal void JoinUnit(Guid? unitId)
    {
        if (UnitId != unitId)
        {
            UnitId = unitId;
            Version++;
        }
    }

    /// <summary>Erases everything that identifies the person, keeping country, capability and rank for statistics.</summary>
    public void ErasePersonalData(DateTime at)
    {
        FamilyName = "(erased)";
        GivenName = string.Empty;
        LatinName = null;
        PersonnelNumber = null;
        DateOfBirth = null;
        DocumentNumber = null;
        Phone = null;
        Service = null;
        Skills = [];
        ArrivalReference = null;
        DepartureReference = null;
        ErasedAt = at;
        Version++;
    }

    private void Apply(MemberDetails details)
    {
        FamilyName = details.FamilyName.Trim();
        GivenName = details.GivenName.Trim();
        LatinName = MemberRules.Trimmed(details.LatinName);
        PersonnelNumber = MemberRules.Trimmed(details.PersonnelNumber);
        Rank = MemberRules.Trimmed(details.Rank);
        Service = MemberRules.Trimmed(details.Service);
        if (CapabilityId != details.CapabilityId)
        {
            CommitmentId = null;
        }

        CapabilityId = details.CapabilityId;
        DateOfBirth = details.DateOfBirth;
        DocumentNumber = MemberRules.Trimmed(details.DocumentNumber);
        Phone = MemberRules.Trimmed(details.Phone);
        Languages = [.. details.Languages ?? []];
        Skills = [.. (details.Skills ?? []).Select(s => s.Trim())];
        Armed = details.Armed;
        WeaponAuthorisation = details.WeaponAuthorisation;
        DrivingLicence = [.. details.DrivingLicence ?? []];
        Dog = details.Dog;
    }

    private static bool Same(MemberDetails a, MemberDetails b) =>
        a with { Languages = null, Skills = null, DrivingLicence = null } == b with { Languages = null, Skills = null, DrivingLicence = null }
        && (a.Languages ?? []).SequenceEqual(b.Languages ?? [])
        && (a.Skills ?? []).SequenceEqual(b.Skills ?? [])
        && (a.DrivingLicence ?? []).SequenceEqual(b.DrivingLicence ?? []);
}
