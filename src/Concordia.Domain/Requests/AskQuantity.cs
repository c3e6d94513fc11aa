namespace Concordia.Domain.Requests;

/// <summary>How many units of a request line one country is asked for.</summary>
public sealed record AskQuantity(Guid LineId, int Quantity);
