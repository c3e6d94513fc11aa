namespace Concordia.Data.Identity;

/// <summary>Binds a user to a country, an agency or a site; data of other countries stay invisible to a liaison.</summary>
public sealed class UserBinding
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid UserId { get; set; }

    public BindingKind Kind { get; set; }

    /// <summary>Country code, or the id of the agency or site.</summary>
    public string Value { get; set; } = string.Empty;
}
