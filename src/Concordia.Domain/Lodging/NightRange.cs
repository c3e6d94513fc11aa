namespace Concordia.Domain.Lodging;

/// <summary>The nights from <see cref="First"/> to <see cref="Last"/>, both included; a night is named by its evening's date.</summary>
public sealed record NightRange(DateOnly First, DateOnly Last)
{
    public int Count => Last.DayNumber - First.DayNumber + 1;

    public IEnumerable<DateOnly> Nights => Enumerable.Range(0, Math.Max(0, Count)).Select(First.AddDays);

    public bool Contains(DateOnly night) => night >= First && night <= Last;
}
