namespace Concordia.Domain.Requests;

/// <summary>
/// What one country is asked for in a request, line by line. Each country sees only its own ask: the campaign's
/// totals and the other countries' quantities are the host's.
/// </summary>
public sealed class CountryAsk
{
    private readonly List<AskQuantity> quantities = [];

    private CountryAsk()
    {
        Country = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 code of the asked country.</summary>
    public string Country { get; private set; }

    public AskStatus Status { get; private set; }

    public IReadOnlyList<AskQuantity> Quantities => quantities;

    public DateTime? SentAt { get; private set; }

    public DateTime? AnsweredAt { get; private set; }

    /// <summary>The last reminder threshold passed (hours before the deadline), so that each is sent once.</summary>
    public int? RemindedHoursBefore { get; private set; }

    public int Version { get; private set; }

    public int QuantityOf(Guid lineId) => quantities.Find(q => q.LineId == lineId)?.Quantity ?? 0;

    public int Total => quantities.Sum(q => q.Quantity);

    internal static CountryAsk Create(Guid requestId, Guid eventId, string country, IEnumerable<AskQuantity> quantities)
    {
        var ask = new CountryAsk { Id = Guid.CreateVersion7(), RequestId = requestId, EventId = eventId, Country = country, Status = AskStatus.Sent };
        ask.quantities.AddRange(quantities.Where(q => q.Quantity > 0));
        return ask;
    }

    internal void Send(DateTime at)
    {
        Status = AskStatus.Sent;
        SentAt = at;
        Version++;
    }

    /// <summary>The country answered (a pledge was submitted or amended).</summary>
    public void MarkAnswered(DateTime at)
    {
        if (Status is AskStatus.Sent or AskStatus.Overdue)
        {
            Status = AskStatus.Answered;
            AnsweredAt ??= at;
            Version++;
        }
    }

    /// <summary>The reply deadline passed without an answer.</summary>
    public void MarkOverdue()
    {
        if (Status == AskStatus.Sent)
        {
            Status = AskStatus.Overdue;
            Version++;
        }
    }

    public void MarkReminded(int hoursBefore)
    {
        RemindedHoursBefore = hoursBefore;
        Version++;
    }

    internal void End(AskStatus status)
    {
        if (Status is not (AskStatus.Closed or AskStatus.Withdrawn))
        {
            Status = status;
            Version++;
        }
    }

    public bool IsOpen => Status is AskStatus.Sent or AskStatus.Answered or AskStatus.Overdue;
}
