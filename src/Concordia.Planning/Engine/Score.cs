namespace Concordia.Planning.Engine;

/// <summary>A lexicographic score: hard violation units first, then soft cost. Lower is better.</summary>
public readonly record struct Score(long Hard, long Soft) : IComparable<Score>
{
    public static Score Zero => default;

    public static Score operator +(Score a, Score b) => new(a.Hard + b.Hard, a.Soft + b.Soft);

    public static Score operator -(Score a, Score b) => new(a.Hard - b.Hard, a.Soft - b.Soft);

    public static bool operator <(Score a, Score b) => a.CompareTo(b) < 0;

    public static bool operator >(Score a, Score b) => a.CompareTo(b) > 0;

    public static bool operator <=(Score a, Score b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Score a, Score b) => a.CompareTo(b) >= 0;

    public int CompareTo(Score other) => Hard != other.Hard ? Hard.CompareTo(other.Hard) : Soft.CompareTo(other.Soft);

    public override string ToString() => $"{Hard}hard/{Soft}soft";
}
