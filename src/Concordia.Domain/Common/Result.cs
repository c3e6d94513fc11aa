namespace Concordia.Domain.Common;

/// <summary>Either a value or the list of rules the input broke. Expected failures are results, not exceptions.</summary>
public sealed class Result<T>
{
    private readonly T? value;

    private Result(T? value, IReadOnlyList<DomainError> errors)
    {
        this.value = value;
        Errors = errors;
    }

    public IReadOnlyList<DomainError> Errors { get; }

    public bool IsSuccess => Errors.Count == 0;

    public T Value => IsSuccess
        ? value!
        : throw new InvalidOperationException("The result holds errors: " + string.Join("; ", Errors));

    public static Result<T> Success(T value) => new(value, []);

    public static Result<T> Failure(IReadOnlyList<DomainError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(default, errors);

    public static Result<T> Failure(string field, string message) => Failure([new DomainError(field, message)]);

    public static implicit operator Result<T>(T value) => Success(value);
}
