namespace Concordia.Tests.Shared;

/// <summary>The repository's root folder (where Concordia.slnx is), for tests that read its samples and docs.</summary>
internal static class RepositoryFolder
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Concordia.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Concordia.slnx was not found above " + AppContext.BaseDirectory);
        }
    }
}
