namespace Concordia.Domain.Legal;

/// <summary>Who commands foreign officers on duty: the host's chain of command, or their own (Turkey's contingent in Qatar 2022).</summary>
public enum CommandAuthority
{
    Host,
    Own,
}
