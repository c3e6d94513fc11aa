using Microsoft.AspNetCore.Identity;

namespace Concordia.Data.Identity;

/// <summary>A person who signs in to Concordia. Roles and bindings (countries, agencies, sites) say what they may see and do.</summary>
public sealed class ConcordiaUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Created by demo mode; such accounts are removed whenever the app starts outside demo mode.</summary>
    public bool IsDemo { get; set; }

    public DateTime CreatedAt { get; set; }
}
