namespace Concordia.Planning.Benchmarks.Curtois;

public sealed record CurtoisCover(int Day, string ShiftId, int Requirement, int UnderWeight, int OverWeight);
