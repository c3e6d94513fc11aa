using Concordia.Domain.Common;

namespace Concordia.Domain.Events;

/// <summary>A part of an event with its own dates, e.g. the Olympic and the Paralympic Games.</summary>
public sealed record EventPhase(string Code, string Name, DateOnly Start, DateOnly End)
{
    public static Result<EventPhase> Create(string code, string name, DateOnly start, DateOnly end) =>
        new Check()
            .Code(code, "code")
            .Name(name, "name")
            .That(end >= start, "end", "must not be before start")
            .ToResult(() => new EventPhase(code, name.Trim(), start, end));

    public bool Contains(DateOnly day) => day >= Start && day <= End;
}
