namespace Concordia.Data.Planning;

/// <summary>
/// What the ids of a built planning problem stand for in the database, so a plan reads back into duties: sites and
/// capabilities by id, and each staff id's member (a dog is its handler's) and unit (agent).
/// </summary>
public sealed class ProblemMap
{
    public Dictionary<string, Guid> Sites { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Guid> Capabilities { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, (DateTime Start, DateTime End)> Windows { get; } = new(StringComparer.Ordinal);

    /// <summary>Per staff id: the member, whether it is the member's dog, and the agent (unit) it plans with.</summary>
    public Dictionary<string, StaffEntry> Staff { get; } = new(StringComparer.Ordinal);

    /// <summary>Members left out of the problem, by reason in words.</summary>
    public Dictionary<string, int> LeftOut { get; } = new(StringComparer.Ordinal);

    /// <summary>For a re-plan, the duties of the version it starts from, with its root's rows (kept for writing the result).</summary>
    public LoadedDuties? Published { get; set; }

    public void Leave(string reason) => LeftOut[reason] = LeftOut.GetValueOrDefault(reason) + 1;

    /// <summary>One staff member of the problem.</summary>
    public sealed record StaffEntry(Guid MemberId, bool Dog, string Agent, string Country, Guid? UnitId, string AgentLabel, string DisplayName, string? Rank, bool Leader, string? DogName);
}
