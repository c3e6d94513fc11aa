using Microsoft.AspNetCore.Identity;

namespace Concordia.Data.Identity;

public sealed class ConcordiaRole : IdentityRole<Guid>
{
    public ConcordiaRole()
    {
    }

    public ConcordiaRole(string name)
        : base(name)
    {
        NormalizedName = name.ToUpperInvariant();
    }
}
