namespace Concordia.Data.Identity;

public enum BindingKind
{
    /// <summary>A country liaison's country (ISO alpha-2).</summary>
    Country,

    /// <summary>A host agency officer's agency (agency id).</summary>
    Agency,

    /// <summary>A site commander's site (site id).</summary>
    Site,
}
