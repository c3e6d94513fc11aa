namespace Concordia.Planning.Benchmarks.Curtois;

public sealed record CurtoisRequest(string StaffId, int Day, string ShiftId, int Weight);
