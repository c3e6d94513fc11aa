namespace Concordia.Planning.Model;

public enum PreferenceKind
{
    /// <summary>The member asks to be on duty (in that window, on that day or at that site).</summary>
    Prefer,

    /// <summary>The member asks not to be on duty.</summary>
    Avoid,
}
