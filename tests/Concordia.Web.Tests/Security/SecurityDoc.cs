using System.Text;
using Concordia.Data.Identity;

namespace Concordia.Web.Tests.Security;

/// <summary>Writes the verified authorization matrix into docs/security.md, between its markers.</summary>
internal static class SecurityDoc
{
    private const string Start = "<!-- matrix:start -->";
    private const string End = "<!-- matrix:end -->";

    public static void WriteMatrix(IReadOnlyList<(string Key, AccessRule Rule, Dictionary<string, string> Cells)> rows)
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "security.md");
        if (!File.Exists(path))
        {
            return;
        }

        var columns = Roles.All.Prepend("anonymous").ToList();
        var table = new StringBuilder();
        table.AppendLine(Start);
        table.AppendLine("| endpoint | rule | " + string.Join(" | ", columns) + " |");
        table.AppendLine("| --- | --- | " + string.Join(" | ", columns.Select(_ => "---")) + " |");
        foreach (var (key, rule, cells) in rows)
        {
            table.AppendLine($"| `{key}` | {rule} | " + string.Join(" | ", columns.Select(c => cells[c])) + " |");
        }

        table.Append(End);
        var text = File.ReadAllText(path);
        var from = text.IndexOf(Start, StringComparison.Ordinal);
        var to = text.IndexOf(End, StringComparison.Ordinal);
        if (from < 0 || to < 0)
        {
            return;
        }

        File.WriteAllText(path, text[..from] + table + text[(to + End.Length)..]);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Concordia.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Concordia.slnx not found above " + AppContext.BaseDirectory);
    }
}
