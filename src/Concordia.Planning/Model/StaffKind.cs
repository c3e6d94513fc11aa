namespace Concordia.Planning.Model;

/// <summary>Dogs travel with their handler's team and count for no joint-patrol or language rule.</summary>
public enum StaffKind
{
    Person,
    Dog,
}
