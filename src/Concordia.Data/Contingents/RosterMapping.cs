using Concordia.Data.Rosters;
using Concordia.Domain.Contingents;

namespace Concordia.Data.Contingents;

/// <summary>Between roster rows and members: the same fields, with the capability as a code in files and an id in the database.</summary>
public static class RosterMapping
{
    public static MemberDetails ToDetails(RosterEntry entry, Guid capabilityId) =>
        new(entry.FamilyName, entry.GivenName, entry.Rank, entry.Service, capabilityId, entry.DateOfBirth, entry.DocumentNumber, entry.Phone,
            entry.PersonnelNumber, entry.LatinName, entry.Languages, entry.Skills, entry.Armed, entry.WeaponAuthorisation, entry.DrivingLicence, entry.Dog);

    /// <summary>A member as a roster row; a member entered by hand without a personnel number gets an empty one, to fill in before re-importing.</summary>
    public static RosterEntry ToEntry(Member member, string capabilityCode) =>
        new(member.PersonnelNumber ?? string.Empty, member.FamilyName, member.GivenName, member.Rank, member.Service, capabilityCode,
            member.Languages, member.Skills, member.Armed, member.WeaponAuthorisation, member.DrivingLicence, member.DateOfBirth,
            member.DocumentNumber, member.Phone, member.Dog, member.LatinName);
}
