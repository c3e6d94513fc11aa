using Concordia.Domain.Common;

namespace Concordia.Domain.Alerts;

/// <summary>
/// A host's threat scale with its levels ordered from lowest to highest (France: Vigipirate).
/// Requirements are stated per level; see <see cref="Requirements.EffectiveRequirements"/>.
/// </summary>
public sealed class AlertScale
{
    private readonly List<AlertLevel> levels = [];

    private AlertScale()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>Levels in increasing rank.</summary>
    public IReadOnlyList<AlertLevel> Levels => levels;

    public static Result<AlertScale> Create(string code, string name, IReadOnlyList<AlertLevel> levels)
    {
        var check = new Check().Code(code, "code").Name(name, "name")
            .That(levels.Count > 0, "levels", "must hold at least one level");
        for (var i = 0; i < levels.Count; i++)
        {
            var level = levels[i];
            check.Code(level.Code, $"levels[{i}].code")
                .Name(level.Name, $"levels[{i}].name")
                .That(level.Rank is >= 0 and <= 100, $"levels[{i}].rank", "must be between 0 and 100")
                .That(level.Color is null || System.Text.RegularExpressions.Regex.IsMatch(level.Color, "^#[0-9A-Fa-f]{6}$"),
                    $"levels[{i}].color", "must be a colour like #A1B2C3")
                .That(i == 0 || level.Rank > levels[i - 1].Rank, $"levels[{i}].rank", "must be greater than the rank of the level before it")
                .That(levels.Take(i).All(l => !string.Equals(l.Code, level.Code, StringComparison.Ordinal)),
                    $"levels[{i}].code", $"'{level.Code}' is used by another level");
        }

        return check.ToResult(() =>
        {
            var scale = new AlertScale { Code = code, Name = name.Trim() };
            scale.levels.AddRange(levels);
            return scale;
        });
    }

    public AlertLevel? Find(string code) => levels.Find(l => string.Equals(l.Code, code, StringComparison.Ordinal));

    public bool Has(string code) => Find(code) is not null;

    /// <summary>The rank of a level; throws for an unknown code because callers validate codes first.</summary>
    public int RankOf(string code) =>
        Find(code)?.Rank ?? throw new ArgumentException($"Unknown alert level '{code}'.", nameof(code));
}
