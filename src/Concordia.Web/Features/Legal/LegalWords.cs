using Concordia.Domain.Legal;

namespace Concordia.Web.Features.Legal;

/// <summary>How the legal-status pages state what an officer may carry (the values themselves have their words in <see cref="Infrastructure.Words"/>).</summary>
public static class LegalWords
{
    public static string Arms(LegalTerms terms) => terms.Armed ? "Armed: " + string.Join(", ", terms.WeaponTypes) : "Unarmed";
}
