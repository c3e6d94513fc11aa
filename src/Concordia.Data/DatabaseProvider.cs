namespace Concordia.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
