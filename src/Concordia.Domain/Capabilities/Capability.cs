using Concordia.Domain.Common;
using Concordia.Domain.Events;

namespace Concordia.Domain.Capabilities;

/// <summary>
/// An entry of the event's capability catalogue: a kind, a NIMS type level (1 is the most capable) and the
/// composition of one unit, so that an explosive-detection canine team is one handler and one dog.
/// </summary>
public sealed class Capability
{
    private Capability()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public CapabilityKind Kind { get; private set; }

    public int TypeLevel { get; private set; }

    /// <summary>People in one unit of this capability.</summary>
    public int Persons { get; private set; }

    /// <summary>Dogs in one unit of this capability.</summary>
    public int Dogs { get; private set; }

    public string? Description { get; private set; }

    public int Version { get; private set; }

    public static Result<Capability> Create(Event ev, string code, string name, CapabilityKind kind, int typeLevel,
        int persons = 1, int dogs = 0, string? description = null)
    {
        var check = new Check().Code(code, "code");
        CheckDetails(check, name, kind, typeLevel, persons, dogs, description);
        return check.ToResult(() =>
        {
            var capability = new Capability { Id = Guid.CreateVersion7(), EventId = ev.Id, Code = code };
            capability.Apply(name, kind, typeLevel, persons, dogs, description);
            return capability;
        });
    }

    public Result<Capability> Update(string name, CapabilityKind kind, int typeLevel, int persons, int dogs, string? description)
    {
        var check = new Check();
        CheckDetails(check, name, kind, typeLevel, persons, dogs, description);
        if (check.Failed)
        {
            return Result<Capability>.Failure(check.Errors);
        }

        Apply(name, kind, typeLevel, persons, dogs, description);
        Version++;
        return this;
    }

    private static void CheckDetails(Check check, string name, CapabilityKind kind, int typeLevel, int persons, int dogs, string? description) =>
        check.Name(name, "name")
            .That(Enum.IsDefined(kind), "kind", "is not a known capability kind")
            .That(typeLevel is >= 1 and <= 4, "typeLevel", "must be between 1 and 4")
            .That(persons is >= 1 and <= 200, "persons", "must be between 1 and 200")
            .That(dogs is >= 0 and <= 20, "dogs", "must be between 0 and 20")
            .That(kind != CapabilityKind.ExplosiveDetectionCanineTeam || dogs >= 1, "dogs", "a canine team has at least one dog")
            .Paragraph(description, "description", 2000);

    private void Apply(string name, CapabilityKind kind, int typeLevel, int persons, int dogs, string? description)
    {
        Name = name.Trim();
        Kind = kind;
        TypeLevel = typeLevel;
        Persons = persons;
        Dogs = dogs;
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
    }
}
