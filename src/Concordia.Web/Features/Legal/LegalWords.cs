using Concordia.Domain.Legal;

namespace Concordia.Web.Features.Legal;

/// <summary>The words the legal-status pages and documents show for its values.</summary>
public static class LegalWords
{
    public static string Of(ExecutivePowers powers) => powers switch
    {
        ExecutivePowers.None => "No executive powers",
        ExecutivePowers.Limited => "Limited executive powers",
        _ => "Full executive powers",
    };

    public static string Of(CommandAuthority command) => command == CommandAuthority.Host ? "Host's command" : "Own national command";

    public static string Of(Uniform uniform) => uniform switch
    {
        Uniform.NationalUniform => "National uniform",
        Uniform.HostUniform => "Host's uniform",
        Uniform.CivilianWithPoliceVest => "Civilian clothes with a police vest",
        _ => "Civilian clothes",
    };

    public static string Of(LegalBasisKind basis) => basis switch
    {
        LegalBasisKind.Agreement => "Agreement",
        LegalBasisKind.Invitation => "Invitation",
        _ => "Law",
    };

    public static string Arms(LegalTerms terms) => terms.Armed ? "Armed: " + string.Join(", ", terms.WeaponTypes) : "Unarmed";
}
