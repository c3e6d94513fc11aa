namespace Concordia.Planning.Model;

/// <summary>A place to secure. A sector names its site in <see cref="ParentId"/>; moving inside one site is free.</summary>
public sealed record Site(string Id, string Name, string? ParentId = null);
