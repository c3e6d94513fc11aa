using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Concordia.Data;

/// <summary>
/// The model holds the personal-data converters, which hold a key ring; two hosts in one process (tests) with two
/// key rings must not share a model.
/// </summary>
internal sealed class ModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is ConcordiaDbContext concordia ? (context.GetType(), concordia.Protector, designTime) : (context.GetType(), designTime);
}
