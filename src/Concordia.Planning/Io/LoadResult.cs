namespace Concordia.Planning.Io;

/// <summary>A file read with its errors; <see cref="Value"/> is set only when there are none.</summary>
public sealed record LoadResult<T>(T? Value, IReadOnlyList<InputError> Errors)
    where T : class
{
    public bool Ok => Value is not null && Errors.Count == 0;

    public static LoadResult<T> Fail(params InputError[] errors) => new(null, errors);
}
