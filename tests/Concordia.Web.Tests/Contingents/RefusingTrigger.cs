using Concordia.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Concordia.Web.Tests.Contingents;

/// <summary>
/// A database trigger that refuses to insert a member with one family name, so that a test can make the database
/// fail in the middle of a commit, as a constraint or a lost connection would. Dropped when disposed.
/// </summary>
internal sealed class RefusingTrigger : IAsyncDisposable
{
    private readonly ConcordiaApp app;
    private readonly string drop;

    private RefusingTrigger(ConcordiaApp app, string drop)
    {
        this.app = app;
        this.drop = drop;
    }

    public static async Task<RefusingTrigger> CreateAsync(ConcordiaApp app, string database, string familyName)
    {
        var name = "refuse_" + familyName.ToLowerInvariant();
        string[] create;
        string drop;
        if (database == Databases.Postgres)
        {
            create =
            [
                $"CREATE FUNCTION {name}() RETURNS trigger AS $$ BEGIN IF NEW.\"FamilyName\" = '{familyName}' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql",
                $"CREATE TRIGGER {name} BEFORE INSERT ON \"Members\" FOR EACH ROW EXECUTE FUNCTION {name}()",
            ];
            drop = $"DROP TRIGGER {name} ON \"Members\"; DROP FUNCTION {name}()";
        }
        else
        {
            create = [$"CREATE TRIGGER {name} BEFORE INSERT ON \"Members\" WHEN NEW.\"FamilyName\" = '{familyName}' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"];
            drop = $"DROP TRIGGER {name}";
        }

        await using var system = new SystemDb(app.Services);
        foreach (var sql in create)
        {
            await system.Db.Database.ExecuteSqlRawAsync(sql);
        }

        return new RefusingTrigger(app, drop);
    }

    public async ValueTask DisposeAsync()
    {
        await using var system = new SystemDb(app.Services);
        foreach (var sql in drop.Split("; "))
        {
            await system.Db.Database.ExecuteSqlRawAsync(sql);
        }
    }
}
