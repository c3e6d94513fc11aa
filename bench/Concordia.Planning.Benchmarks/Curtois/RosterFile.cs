using System.Text;
using Concordia.Planning.Io;
using Concordia.Planning.Model;

namespace Concordia.Planning.Benchmarks.Curtois;

/// <summary>
/// The plain roster format (see docs/roster-format.md): one line per employee, its ID then one shift ID or '-'
/// per day, separated by single spaces.
/// </summary>
public static class RosterFile
{
    public static string Write(CurtoisInstance inst, IReadOnlyList<Assignment> assignments)
    {
        var byStaff = inst.Staff.ToDictionary(s => s.Id, _ => Enumerable.Repeat("-", inst.Days).ToArray(), StringComparer.Ordinal);
        foreach (var a in assignments)
        {
            var parts = a.WindowId.Split(':', 2);
            if (byStaff.TryGetValue(a.StaffId, out var row) && int.TryParse(parts[0], out var day) && day >= 0 && day < inst.Days)
            {
                row[day] = parts[1];
            }
        }

        var sb = new StringBuilder();
        foreach (var s in inst.Staff)
        {
            sb.Append(s.Id).Append(' ').AppendJoin(' ', byStaff[s.Id]).Append('\n');
        }

        return sb.ToString();
    }

    public static LoadResult<Plan> Read(CurtoisInstance inst, string text, string problemName)
    {
        var errors = new List<InputError>();
        var assignments = new List<Assignment>();
        var shiftIds = inst.Shifts.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length && errors.Count < 20; i++)
        {
            var f = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length != inst.Days + 1)
            {
                errors.Add(new InputError($"line {i + 1}", $"expected an ID and {inst.Days} days, found {f.Length} fields"));
                continue;
            }

            for (var d = 0; d < inst.Days; d++)
            {
                if (f[d + 1] == "-")
                {
                    continue;
                }

                if (!shiftIds.Contains(f[d + 1]))
                {
                    errors.Add(new InputError($"line {i + 1} day {d}", $"unknown shift '{f[d + 1]}'"));
                    continue;
                }

                assignments.Add(new Assignment(f[0], CurtoisMapper.Site, CurtoisMapper.WindowId(d, f[d + 1]), CurtoisMapper.Capability));
            }
        }

        return errors.Count > 0
            ? new LoadResult<Plan>(null, errors)
            : new LoadResult<Plan>(new Plan { Problem = problemName, Assignments = assignments }, []);
    }
}
