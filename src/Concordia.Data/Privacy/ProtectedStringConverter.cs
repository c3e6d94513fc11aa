using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Concordia.Data.Privacy;

/// <summary>Stores a personal-data text encrypted; the database never sees the plain value.</summary>
internal sealed class ProtectedStringConverter(PersonalDataProtector protector)
    : ValueConverter<string?, string?>(v => v == null ? null : protector.Protect(v), v => v == null ? null : protector.Unprotect(v));
