namespace Concordia.Domain.Planning;

/// <summary>
/// A duty of a version's root (<see cref="PlanVersion.RootVersionId"/>) that the version does not keep: the version's
/// duties are its root's, minus these, plus its own.
/// </summary>
public sealed class PlanDutyRemoval(Guid versionId, int number)
{
    public Guid VersionId { get; private set; } = versionId;

    /// <summary>The root's duty number.</summary>
    public int Number { get; private set; } = number;
}
