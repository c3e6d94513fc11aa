using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Concordia.Data.Privacy;

/// <summary>Stores a date of birth encrypted, as an ISO date inside the ciphertext.</summary>
internal sealed class ProtectedDateConverter(PersonalDataProtector protector)
    : ValueConverter<DateOnly?, string?>(
        v => v == null ? null : protector.Protect(v.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        v => v == null ? null : DateOnly.ParseExact(protector.Unprotect(v), "yyyy-MM-dd", CultureInfo.InvariantCulture));
