namespace Concordia.Domain.Pledges;

/// <summary>Says in words what differs between two versions of a pledge, line by line.</summary>
public static class PledgeDiff
{
    public static IReadOnlyList<string> Between(PledgeVersion older, PledgeVersion newer)
    {
        var changes = new List<string>();
        var before = older.Lines.ToDictionary(Key);
        var after = newer.Lines.ToDictionary(Key);
        foreach (var (key, line) in after)
        {
            if (!before.TryGetValue(key, out var old))
            {
                changes.Add($"line {line.Number} added: {Describe(line)}");
                continue;
            }

            if (old.Answer != line.Answer || old.Quantity != line.Quantity || old.From != line.From || old.To != line.To ||
                old.CapabilityId != line.CapabilityId || old.Armed != line.Armed || old.Note != line.Note ||
                !(old.Conditions ?? PledgeConditions.None).SameAs(line.Conditions ?? PledgeConditions.None))
            {
                changes.Add($"line {line.Number} changed: {Describe(old)} → {Describe(line)}");
            }

            if (old.Decision != line.Decision)
            {
                changes.Add($"line {line.Number} {line.Decision switch
                {
                    HostDecision.Accepted => $"accepted ({line.AcceptedQuantity})",
                    HostDecision.Declined => "declined by the host",
                    HostDecision.RevisionRequested => "sent back for revision",
                    _ => "reopened",
                }}{(line.DecisionNote is null ? "" : $": {line.DecisionNote}")}");
            }
        }

        changes.AddRange(before.Where(b => !after.ContainsKey(b.Key)).Select(b => $"line {b.Value.Number} removed: {Describe(b.Value)}"));
        return changes;
    }

    // Lines are matched by what they answer (the request line) or, for offers, by position.
    private static string Key(PledgeLineSnapshot line) => line.RequestLineId?.ToString() ?? $"#{line.Number}";

    private static string Describe(PledgeLineSnapshot line) =>
        $"{line.Answer.ToString().ToLowerInvariant()} {line.Quantity} from {line.From:yyyy-MM-dd} to {line.To:yyyy-MM-dd}" +
        (line.Conditions is { } c && !c.SameAs(PledgeConditions.None) ? $" ({c.Describe()})" : "");
}
