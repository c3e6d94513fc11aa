namespace Concordia.Web.Infrastructure;

/// <summary>One page of a long list, with the total so that clients can page through it.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Offset, int Limit);
