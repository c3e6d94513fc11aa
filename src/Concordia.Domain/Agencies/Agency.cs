using Concordia.Domain.Common;
using Concordia.Domain.Events;

namespace Concordia.Domain.Agencies;

/// <summary>A host ministry or service taking part in the event, e.g. the Interior Ministry and its police.</summary>
public sealed class Agency
{
    private Agency()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public AgencyKind Kind { get; private set; }

    public Guid? ParentId { get; private set; }

    public static Result<Agency> Create(Event ev, string code, string name, AgencyKind kind, Agency? parent) =>
        new Check()
            .Code(code, "code")
            .Name(name, "name")
            .That(Enum.IsDefined(kind), "kind", "is not a known agency kind")
            .That(parent is null || parent.EventId == ev.Id, "parent", "must be an agency of the same event")
            .ToResult(() => new Agency
            {
                Id = Guid.CreateVersion7(),
                EventId = ev.Id,
                Code = code,
                Name = name.Trim(),
                Kind = kind,
                ParentId = parent?.Id,
            });
}
