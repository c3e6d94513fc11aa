using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Concordia.Data;

/// <summary>
/// Writes many rows of one entity type at once, bypassing change tracking: PostgreSQL's binary COPY, or batched
/// multi-row INSERTs on SQLite, in the context's current transaction. Tables, columns and value conversions come
/// from the EF Core model, so the rows land exactly as a tracked save would write them. The caller audits the bulk
/// operation as one entry.
/// </summary>
public static class BulkInsert
{
    /// <summary>Parameters of one SQLite statement: SQLite looks each one up by name, so more would cost more per row.</summary>
    private const int SqliteParameters = 500;

    /// <summary>Page cache of a bulk write on SQLite: 64 MiB (a negative size is in KiB).</summary>
    private const long BulkCachePages = -65536;

    public static async Task WriteAsync<T>(ConcordiaDbContext db, IReadOnlyList<T> rows, CancellationToken ct)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var properties = entity.GetProperties().Where(p => p.PropertyInfo is not null || p.FieldInfo is not null).ToArray();
        var columns = properties.Select(p => (Name: p.GetColumnName(store)!, Read: Reader(p))).ToArray();
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        switch (connection)
        {
            case NpgsqlConnection npgsql:
                await CopyAsync(npgsql, table, columns, rows, ct);
                break;
            case SqliteConnection:
                await InsertAsync(connection, transaction, table, properties, store, rows, ct);
                break;
            default:
                throw new NotSupportedException($"No bulk insert for {connection.GetType().Name}.");
        }
    }

    private static Func<object, object?> Reader(IProperty property)
    {
        var converter = property.GetTypeMapping().Converter;
        var get = Model(property);
        return converter is null ? get : row => get(row) is { } v ? converter.ConvertToProvider(v) : null;
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string table, (string Name, Func<object, object?> Read)[] columns, IReadOnlyList<T> rows, CancellationToken ct)
        where T : class
    {
        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        await using var writer = await connection.BeginBinaryImportAsync($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(ct);
            foreach (var (_, read) in columns)
            {
                if (read(row) is { } value)
                {
                    await writer.WriteAsync(value, ct);
                }
                else
                {
                    await writer.WriteNullAsync(ct);
                }
            }
        }

        await writer.CompleteAsync(ct);
    }

    private static async Task InsertAsync<T>(
        DbConnection connection, DbTransaction? transaction, string table, IProperty[] properties, StoreObjectIdentifier store, IReadOnlyList<T> rows, CancellationToken ct)
        where T : class
    {
        // The model's own mappings make the parameters, so values are stored as a tracked save stores them. SQLite finds
        // a named parameter by a linear search, so statements stay small and are prepared once and run again with new
        // values: the cost per row stays flat however many rows there are.
        var mappings = properties.Select(p => (Mapping: (RelationalTypeMapping)p.GetRelationalTypeMapping(), Get: Model(p))).ToArray();
        var perStatement = Math.Max(1, SqliteParameters / properties.Length);
        var names = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(store)}\""));
        DbCommand? full = null;
        // Every row goes into the table and each of its indexes; with SQLite's default page cache (2 MB) the indexes of
        // a large write no longer fit and each row costs reads. A larger cache for this write only, then the old one.
        var cache = await PragmaAsync(connection, transaction, "cache_size", null, ct);
        await PragmaAsync(connection, transaction, "cache_size", BulkCachePages, ct);
        try
        {
            for (var offset = 0; offset < rows.Count; offset += perStatement)
            {
                var count = Math.Min(perStatement, rows.Count - offset);
                if (count == perStatement && full is not null)
                {
                    for (var i = 0; i < count; i++)
                    {
                        for (var c = 0; c < mappings.Length; c++)
                        {
                            full.Parameters[i * mappings.Length + c].Value = Provider(mappings[c].Mapping, mappings[c].Get(rows[offset + i]!));
                        }
                    }

                    await full.ExecuteNonQueryAsync(ct);
                    continue;
                }

                var command = connection.CreateCommand();
                command.Transaction = transaction;
                var sql = new StringBuilder($"INSERT INTO \"{table}\" ({names}) VALUES ");
                for (var i = 0; i < count; i++)
                {
                    sql.Append(i == 0 ? "(" : ",(");
                    for (var c = 0; c < mappings.Length; c++)
                    {
                        var name = string.Create(CultureInfo.InvariantCulture, $"@p{i}_{c}");
                        sql.Append(c == 0 ? name : "," + name);
                        command.Parameters.Add(mappings[c].Mapping.CreateParameter(command, name, mappings[c].Get(rows[offset + i]!)));
                    }

                    sql.Append(')');
                }

                command.CommandText = sql.ToString();
                await command.PrepareAsync(ct);
                await command.ExecuteNonQueryAsync(ct);
                if (count == perStatement)
                {
                    full = command;
                }
                else
                {
                    await command.DisposeAsync();
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }

            await PragmaAsync(connection, transaction, "cache_size", cache, CancellationToken.None);
        }
    }

    private static async Task<long> PragmaAsync(DbConnection connection, DbTransaction? transaction, string name, long? value, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = value is { } v ? string.Create(CultureInfo.InvariantCulture, $"PRAGMA {name} = {v}") : $"PRAGMA {name}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct) ?? 0L, CultureInfo.InvariantCulture);
    }

    /// <summary>A model value as the provider stores it, as <see cref="RelationalTypeMapping.CreateParameter"/> converts it.</summary>
    private static object Provider(RelationalTypeMapping mapping, object? value) =>
        (value is null ? null : mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;

    private static Func<object, object?> Model(IProperty property) =>
        property.PropertyInfo is { } info ? info.GetValue : property.FieldInfo!.GetValue;
}
