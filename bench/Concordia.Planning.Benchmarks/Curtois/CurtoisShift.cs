namespace Concordia.Planning.Benchmarks.Curtois;

public sealed record CurtoisShift(string Id, int Minutes, IReadOnlyList<string> CannotFollow);
