using System.Text;
using Concordia.Data.Identity;
using Concordia.Tests.Shared;

namespace Concordia.Web.Tests.Security;

/// <summary>
/// The access matrix as docs/security.md shows it, between its markers. Tests only read docs/security.md; the verified
/// matrix goes to the test output folder, from where <c>tools/update-docs.sh</c> puts it into the page.
/// </summary>
internal static class SecurityDoc
{
    public const string Start = "<!-- matrix:start -->";
    public const string End = "<!-- matrix:end -->";

    /// <summary>The block between (and with) the markers, one row per endpoint.</summary>
    public static string Matrix(IEnumerable<(string Key, AccessRule Rule, IReadOnlyDictionary<string, string> Cells)> rows)
    {
        var columns = Roles.All.Prepend("anonymous").ToList();
        var table = new StringBuilder();
        table.Append(Start).Append('\n');
        table.Append("| endpoint | rule | " + string.Join(" | ", columns) + " |\n");
        table.Append("| --- | --- | " + string.Join(" | ", columns.Select(_ => "---")) + " |\n");
        foreach (var (key, rule, cells) in rows)
        {
            table.Append($"| `{key}` | {rule} | " + string.Join(" | ", columns.Select(c => cells[c])) + " |\n");
        }

        return table.Append(End).ToString();
    }

    /// <summary>The block docs/security.md holds now, or null when the page or its markers are missing.</summary>
    public static string? Documented()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "security.md")).ReplaceLineEndings("\n");
        var from = text.IndexOf(Start, StringComparison.Ordinal);
        var to = text.IndexOf(End, StringComparison.Ordinal);
        return from < 0 || to < from ? null : text[from..(to + End.Length)];
    }

    /// <summary>Leaves the verified matrix in the test output folder for <c>tools/update-docs.sh</c>.</summary>
    public static void Save(string matrix) => File.WriteAllText(TestOutput.PathFor("security-matrix.md"), matrix + "\n");

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
