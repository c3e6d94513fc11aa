namespace Concordia.Planning.Benchmarks.Curtois;

/// <summary>An instance of the Curtois &amp; Qu shift scheduling benchmark, as its text file states it.</summary>
public sealed record CurtoisInstance(
    int Days,
    IReadOnlyList<CurtoisShift> Shifts,
    IReadOnlyList<CurtoisStaff> Staff,
    IReadOnlyDictionary<string, IReadOnlyList<int>> DaysOff,
    IReadOnlyList<CurtoisRequest> OnRequests,
    IReadOnlyList<CurtoisRequest> OffRequests,
    IReadOnlyList<CurtoisCover> Cover);
