namespace Concordia.Cli.Common;

/// <summary>Input the command cannot work with (exit code 2, nothing changed), found before any command logic ran.</summary>
public sealed class CliInputException(string message) : Exception(message);
