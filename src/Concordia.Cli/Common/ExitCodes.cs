namespace Concordia.Cli.Common;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command could not be carried out (e.g. the database is unreachable).</summary>
    public const int Failure = 1;

    /// <summary>The input was wrong: a bad file, an unknown event. Nothing was changed.</summary>
    public const int InvalidInput = 2;
}
