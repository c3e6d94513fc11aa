using Concordia.Domain.Capabilities;

namespace Concordia.Web.Features.Capabilities;

public sealed record CapabilityDto(Guid Id, string Code, string Name, CapabilityKind Kind, int TypeLevel, int Persons, int Dogs, string? Description, int Version)
{
    public static CapabilityDto From(Capability c) => new(c.Id, c.Code, c.Name, c.Kind, c.TypeLevel, c.Persons, c.Dogs, c.Description, c.Version);
}

/// <summary>A catalogue entry to create or change; <see cref="Version"/> is required when changing.</summary>
public sealed record CapabilityRequest(string Code, string Name, CapabilityKind Kind, int TypeLevel, int? Persons, int? Dogs, string? Description, int? Version);
