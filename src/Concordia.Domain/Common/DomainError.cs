namespace Concordia.Domain.Common;

/// <summary>A rule a user broke, naming the field (as the user sees it) that is wrong.</summary>
public sealed record DomainError(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";

    /// <summary>The same error with its field placed under a parent path, e.g. <c>sites[3]</c>.</summary>
    public DomainError Under(string parent) =>
        new(string.IsNullOrEmpty(Field) ? parent : Field.StartsWith('[') ? parent + Field : $"{parent}.{Field}", Message);
}
