using Microsoft.AspNetCore.DataProtection;

namespace Concordia.Data.Privacy;

/// <summary>
/// Encrypts personal data fields at rest with ASP.NET Core Data Protection (authenticated encryption, keys in the
/// configured key ring). Whoever holds the database file without the key ring reads ciphertext only.
/// </summary>
public sealed class PersonalDataProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector protector = provider.CreateProtector("Concordia.PersonalData.v1");

    public string Protect(string plain) => protector.Protect(plain);

    public string Unprotect(string cipher) => protector.Unprotect(cipher);

    /// <summary>For design-time tools and model checks: keys that live only in memory.</summary>
    public static PersonalDataProtector Ephemeral() => new(new EphemeralDataProtectionProvider());
}
