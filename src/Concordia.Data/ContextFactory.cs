using Microsoft.EntityFrameworkCore;

namespace Concordia.Data;

/// <summary>Hands out the provider's context as the provider-neutral <see cref="ConcordiaDbContext"/>.</summary>
internal sealed class ContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<ConcordiaDbContext>
    where TContext : ConcordiaDbContext
{
    public ConcordiaDbContext CreateDbContext() => inner.CreateDbContext();
}
