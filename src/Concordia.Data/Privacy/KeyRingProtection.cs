using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace Concordia.Data.Privacy;

/// <summary>
/// How the key ring is protected at rest, so that a copy of the data folder does not decrypt personal data: each key
/// is encrypted with a certificate (<see cref="PrivacyOptions.KeyCertificatePath"/>) or with a key-encryption key
/// (<see cref="PrivacyOptions.KeyEncryptionKey"/>, 256 bits, AES-GCM) kept apart from the folder, e.g. in the service's
/// secret store or environment. Without either, keys are written in clear (Data Protection warns in the log).
/// </summary>
public static class KeyRingProtection
{
    /// <summary>Whether <paramref name="privacy"/> names a way to encrypt the key ring.</summary>
    public static bool IsConfigured(PrivacyOptions privacy) =>
        !string.IsNullOrWhiteSpace(privacy.KeyCertificatePath) || !string.IsNullOrWhiteSpace(privacy.KeyEncryptionKey);

    public static void Apply(IDataProtectionBuilder keys, PrivacyOptions privacy)
    {
        if (!string.IsNullOrWhiteSpace(privacy.KeyCertificatePath))
        {
            keys.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(privacy.KeyCertificatePath, privacy.KeyCertificatePassword));
        }
        else if (!string.IsNullOrWhiteSpace(privacy.KeyEncryptionKey))
        {
            var kek = new KeyEncryptionKey(Decode(privacy.KeyEncryptionKey));
            keys.Services.AddSingleton(kek);
            keys.AddKeyManagementOptions(o => o.XmlEncryptor = new KekXmlEncryptor(kek));
        }
    }

    private static byte[] Decode(string text)
    {
        byte[]? bytes = null;
        try
        {
            bytes = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
        }

        return bytes is { Length: 32 }
            ? bytes
            : throw new InvalidOperationException("Privacy:KeyEncryptionKey must be 32 random bytes in base64 (for example the output of: openssl rand -base64 32).");
    }

    /// <summary>The key-encryption key, for the decryptor Data Protection creates when it reads a key.</summary>
    public sealed record KeyEncryptionKey(byte[] Bytes);

    private sealed class KekXmlEncryptor(KeyEncryptionKey kek) : IXmlEncryptor
    {
        public EncryptedXmlInfo Encrypt(XElement plaintextElement)
        {
            var plain = System.Text.Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
            var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
            var tag = new byte[AesGcm.TagByteSizes.MaxSize];
            var cipher = new byte[plain.Length];
            using (var aes = new AesGcm(kek.Bytes, tag.Length))
            {
                aes.Encrypt(nonce, plain, cipher, tag);
            }

            CryptographicOperations.ZeroMemory(plain);
            var element = new XElement("encryptedKey",
                new XComment(" This key is encrypted with Concordia's key-encryption key (Privacy:KeyEncryptionKey, AES-256-GCM). "),
                new XElement("value", Convert.ToBase64String([.. nonce, .. tag, .. cipher])));
            return new EncryptedXmlInfo(element, typeof(KekXmlDecryptor));
        }
    }

    /// <summary>Created by Data Protection (by its type name, stored with each key) to read a key back.</summary>
    public sealed class KekXmlDecryptor(IServiceProvider services) : IXmlDecryptor
    {
        public XElement Decrypt(XElement encryptedElement)
        {
            var kek = services.GetService<KeyEncryptionKey>()
                ?? throw new InvalidOperationException("The key ring is encrypted with a key-encryption key: set Privacy:KeyEncryptionKey to read it.");
            var data = Convert.FromBase64String((string?)encryptedElement.Element("value") ?? string.Empty);
            var nonceSize = AesGcm.NonceByteSizes.MaxSize;
            var tagSize = AesGcm.TagByteSizes.MaxSize;
            var plain = new byte[data.Length - nonceSize - tagSize];
            using (var aes = new AesGcm(kek.Bytes, tagSize))
            {
                aes.Decrypt(data.AsSpan(0, nonceSize), data.AsSpan(nonceSize + tagSize), data.AsSpan(nonceSize, tagSize), plain);
            }

            return XElement.Parse(System.Text.Encoding.UTF8.GetString(plain));
        }
    }
}
