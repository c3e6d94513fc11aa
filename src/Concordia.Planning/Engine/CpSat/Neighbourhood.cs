namespace Concordia.Planning.Engine.CpSat;

/// <summary>
/// The part of a plan a sub-model may change: these agents, on days From..To inclusive, and only at
/// <see cref="Sites"/> when given (duties elsewhere stay fixed).
/// </summary>
internal sealed record Neighbourhood(int[] Agents, int From, int To, bool[]? Sites = null);
