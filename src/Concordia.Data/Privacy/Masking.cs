namespace Concordia.Data.Privacy;

/// <summary>How personal data show in lists: enough to recognise, not enough to use.</summary>
public static class Masking
{
    public static string? Mask(string? value) =>
        value is null ? null : value.Length <= 4 ? new string('•', value.Length) : new string('•', value.Length - 3) + value[^3..];

    public static string? Mask(DateOnly? date) => date is null ? null : $"••••-••-•• ({date.Value.Year / 10 * 10}s)";
}
