namespace Concordia.Domain.Requests;

/// <summary>Whether the host asks for armed officers. Under EU rules the host decides per deployment.</summary>
public enum ArmedCondition
{
    Either,
    Armed,
    Unarmed,
}
