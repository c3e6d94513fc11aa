using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Concordia.Data;

/// <summary>
/// SQLite gives back instants without a kind and Npgsql refuses instants that are not UTC: storing UTC and
/// marking what is read as UTC lets one model serve both.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.ToUniversalTime(), DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
