using Concordia.Domain.Common;
using Concordia.Domain.Countries;
using Concordia.Domain.Events;

namespace Concordia.Domain.Contingents;

/// <summary>
/// A person of a country's contingent for an event. Each country sees and edits only its own members; the
/// country never changes after creation.
/// </summary>
public sealed class Member
{
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

    public string FamilyName { get; private set; }

    public string GivenName { get; private set; }

    public string? Rank { get; private set; }

    public string? Service { get; private set; }

    public Guid? CapabilityId { get; private set; }

    public DateOnly? DateOfBirth { get; private set; }

    public string? DocumentNumber { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>Set when the personal data were erased after the retention period; the record stays for statistics.</summary>
    public DateTime? ErasedAt { get; private set; }

    public int Version { get; private set; }

    public string DisplayName => $"{FamilyName.ToUpperInvariant()} {GivenName}";

    public static Result<Member> Create(Event ev, string country, MemberDetails details)
    {
        var check = new Check()
            .That(CountryCatalogue.Find(country)?.Alpha2 == country, "country", $"'{country}' is not an ISO 3166-1 alpha-2 country code")
            .That(country != ev.HostCountry, "country", "members belong to a foreign contingent; host personnel are not entered here");
        CheckDetails(check, details);
        return check.ToResult(() =>
        {
            var member = new Member { Id = Guid.CreateVersion7(), EventId = ev.Id, Country = country };
            member.Apply(details);
            return member;
        });
    }

    public Result<Member> Update(MemberDetails details)
    {
        var check = new Check().That(ErasedAt is null, "member", "the personal data of this member were erased");
        CheckDetails(check, details);
        if (check.Failed)
        {
            return Result<Member>.Failure(check.Errors);
        }

        Apply(details);
        Version++;
        return this;
    }

    /// <summary>Erases everything that identifies the person, keeping country, capability and rank for statistics.</summary>
    public void ErasePersonalData(DateTime at)
    {
        FamilyName = "(erased)";
        GivenName = string.Empty;
        DateOfBirth = null;
        DocumentNumber = null;
        Phone = null;
        Service = null;
        ErasedAt = at;
        Version++;
    }

    private static void CheckDetails(Check check, MemberDetails details) =>
        check.Name(details.FamilyName, "familyName", 100)
            .That(details.GivenName is not null && details.GivenName.Length <= 100, "givenName", "must be at most 100 characters")
            .Optional(details.Rank, "rank", 100)
            .Optional(details.Service, "service", 200)
            .Optional(details.DocumentNumber, "documentNumber", 40)
            .Optional(details.Phone, "phone", 40)
            .That(details.DateOfBirth is null || (details.DateOfBirth.Value.Year >= 1900 && details.DateOfBirth.Value <= DateOnly.FromDateTime(DateTime.UtcNow)),
                "dateOfBirth", "must be a date between 1900 and today");

    private void Apply(MemberDetails details)
    {
        FamilyName = details.FamilyName.Trim();
        GivenName = details.GivenName.Trim();
        Rank = Trimmed(details.Rank);
        Service = Trimmed(details.Service);
        CapabilityId = details.CapabilityId;
        DateOfBirth = details.DateOfBirth;
        DocumentNumber = Trimmed(details.DocumentNumber);
        Phone = Trimmed(details.Phone);
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
