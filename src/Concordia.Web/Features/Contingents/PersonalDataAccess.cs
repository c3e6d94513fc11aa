using Concordia.Data.Identity;
using Concordia.Domain.Contingents;
using Concordia.Web.Features.Security;

namespace Concordia.Web.Features.Contingents;

/// <summary>Who may see a member's personal data unmasked: vetting officers, and the liaison of the member's country.</summary>
public static class PersonalDataAccess
{
    public static bool CanReveal(CurrentUser user, Member member) =>
        user.IsInRole(Roles.VettingOfficer) || (user.IsInRole(Roles.CountryLiaison) && user.Countries.Contains(member.Country));
}
