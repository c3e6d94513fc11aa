using System.Globalization;
using Concordia.Planning.Io;

namespace Concordia.Planning.Benchmarks.Curtois;

/// <summary>
/// Reads the benchmark's text format: '#' comments, SECTION_* headers, comma-separated rows. Every fault is
/// reported as "line N" with the section, never as an exception.
/// </summary>
public static class CurtoisReader
{
    public static LoadResult<CurtoisInstance> Parse(string text)
    {
        var errors = new List<InputError>();
        var days = -1;
        var shifts = new List<CurtoisShift>();
        var staff = new List<CurtoisStaff>();
        var daysOff = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        var on = new List<CurtoisRequest>();
        var off = new List<CurtoisRequest>();
        var cover = new List<CurtoisCover>();
        string? section = null;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length && errors.Count < 20; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("SECTION_", StringComparison.Ordinal))
            {
                section = line;
                continue;
            }

            var f = line.Split(',');
            var row = new Row(f, $"line {i + 1} ({section ?? "no section"})", errors);
            switch (section)
            {
                case "SECTION_HORIZON":
                    days = row.Int(0, min: 1);
                    break;
                case "SECTION_SHIFTS" when row.Need(2):
                    shifts.Add(new CurtoisShift(row.Id(0), row.Int(1, min: 1), row.List(2)));
                    break;
                case "SECTION_STAFF" when row.Need(8):
                    staff.Add(new CurtoisStaff(row.Id(0), row.Counts(1), row.Int(2), row.Int(3), row.Int(4), row.Int(5), row.Int(6), row.Int(7)));
                    break;
                case "SECTION_DAYS_OFF" when row.Need(1):
                    daysOff[row.Id(0)] = f.Skip(1).Select((_, j) => row.Int(j + 1)).ToArray();
                    break;
                case "SECTION_SHIFT_ON_REQUESTS" when row.Need(4):
                    on.Add(new CurtoisRequest(row.Id(0), row.Int(1), row.Id(2), row.Int(3)));
                    break;
                case "SECTION_SHIFT_OFF_REQUESTS" when row.Need(4):
                    off.Add(new CurtoisRequest(row.Id(0), row.Int(1), row.Id(2), row.Int(3)));
                    break;
                case "SECTION_COVER" when row.Need(5):
                    cover.Add(new CurtoisCover(row.Int(0), row.Id(1), row.Int(2), row.Int(3), row.Int(4)));
                    break;
                case "SECTION_SHIFTS" or "SECTION_STAFF" or "SECTION_DAYS_OFF" or "SECTION_SHIFT_ON_REQUESTS"
                    or "SECTION_SHIFT_OFF_REQUESTS" or "SECTION_COVER":
                    break;
                default:
                    errors.Add(new InputError($"line {i + 1}", $"data outside a known section ('{section ?? "none"}')"));
                    break;
            }
        }

        if (days < 1 && errors.Count == 0)
        {
            errors.Add(new InputError("SECTION_HORIZON", "missing horizon length"));
        }

        if (errors.Count == 0)
        {
            CheckReferences(days, shifts, staff, daysOff, on, off, cover, errors);
        }

        return errors.Count > 0
            ? new LoadResult<CurtoisInstance>(null, errors)
            : new LoadResult<CurtoisInstance>(new CurtoisInstance(days, shifts, staff, daysOff, on, off, cover), []);
    }

    private static void CheckReferences(
        int days, List<CurtoisShift> shifts, List<CurtoisStaff> staff, Dictionary<string, IReadOnlyList<int>> daysOff,
        List<CurtoisRequest> on, List<CurtoisRequest> off, List<CurtoisCover> cover, List<InputError> errors)
    {
        var shiftIds = shifts.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var staffIds = staff.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        if (shiftIds.Count != shifts.Count || staffIds.Count != staff.Count)
        {
            errors.Add(new InputError("SECTION_SHIFTS/SECTION_STAFF", "duplicate id"));
        }

        foreach (var s in shifts)
        {
            foreach (var next in s.CannotFollow.Where(n => !shiftIds.Contains(n)))
            {
                errors.Add(new InputError($"SECTION_SHIFTS {s.Id}", $"unknown shift '{next}'"));
            }
        }

        foreach (var s in staff)
        {
            foreach (var kind in s.MaxShifts.Keys.Where(k => !shiftIds.Contains(k)))
            {
                errors.Add(new InputError($"SECTION_STAFF {s.Id}", $"unknown shift '{kind}'"));
            }
        }

        foreach (var (id, list) in daysOff)
        {
            if (!staffIds.Contains(id) || list.Any(d => d < 0 || d >= days))
            {
                errors.Add(new InputError($"SECTION_DAYS_OFF {id}", "unknown employee or day outside the horizon"));
            }
        }

        foreach (var r in on.Concat(off))
        {
            if (!staffIds.Contains(r.StaffId) || !shiftIds.Contains(r.ShiftId) || r.Day < 0 || r.Day >= days)
            {
                errors.Add(new InputError($"request {r.StaffId},{r.Day},{r.ShiftId}", "unknown employee, shift or day"));
            }
        }

        foreach (var c in cover)
        {
            if (!shiftIds.Contains(c.ShiftId) || c.Day < 0 || c.Day >= days)
            {
                errors.Add(new InputError($"SECTION_COVER {c.Day},{c.ShiftId}", "unknown shift or day"));
            }
        }
    }

    /// <summary>One comma-separated row; each accessor records an error instead of throwing.</summary>
    private sealed class Row(string[] fields, string where, List<InputError> errors)
    {
        public bool Need(int count)
        {
            if (fields.Length >= count)
            {
                return true;
            }

            errors.Add(new InputError(where, $"expected {count} fields, found {fields.Length}"));
            return false;
        }

        public string Id(int i)
        {
            var v = i < fields.Length ? fields[i].Trim() : "";
            if (v.Length == 0)
            {
                errors.Add(new InputError(where, $"field {i + 1} is empty"));
            }

            return v;
        }

        public int Int(int i, int min = 0)
        {
            if (i < fields.Length && int.TryParse(fields[i].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= min)
            {
                return v;
            }

            errors.Add(new InputError(where, $"field {i + 1} must be a whole number of at least {min}"));
            return min;
        }

        public IReadOnlyList<string> List(int i) =>
            i < fields.Length ? fields[i].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];

        public IReadOnlyDictionary<string, int> Counts(int i)
        {
            var map = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var part in List(i))
            {
                var kv = part.Split('=');
                if (kv.Length != 2 || kv[0].Trim().Length == 0 || !int.TryParse(kv[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < 0)
                {
                    errors.Add(new InputError(where, $"field {i + 1}: '{part}' must read SHIFT=COUNT"));
                    continue;
                }

                map[kv[0].Trim()] = n;
            }

            return map;
        }
    }
}
