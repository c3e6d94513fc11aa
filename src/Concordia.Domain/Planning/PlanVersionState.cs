namespace Concordia.Domain.Planning;

/// <summary>A plan version is a draft until published or discarded; publishing another supersedes it.</summary>
public enum PlanVersionState
{
    Draft,
    Published,
    Superseded,
    Discarded,
}
