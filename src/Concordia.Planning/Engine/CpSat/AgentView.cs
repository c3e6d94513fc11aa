using Google.OrTools.Sat;

namespace Concordia.Planning.Engine.CpSat;

/// <summary>A free agent inside a sub-model: its window variables and the duties fixed outside the neighbourhood.</summary>
internal sealed record AgentView(int Agent, Dictionary<int, BoolVar> Work, int[] FixedDuties, (int Agent, int Demand, BoolVar X)[] Options);
