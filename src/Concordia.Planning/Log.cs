using Microsoft.Extensions.Logging;

namespace Concordia.Planning;

/// <summary>
/// The engine's log messages (event ids 4000–4099). Traces of every neighbourhood are at Trace level and cost nothing
/// unless a caller's logger enables them (the CLI's --trace); phases are at Debug.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Debug, Message = "{Phase}: {Hard} hard violations, objective {Objective}, coverage {Coverage:F2}% at {Seconds:F1} s")]
    public static partial void Phase(ILogger logger, Solving.SearchPhase phase, long hard, long objective, double coverage, double seconds);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Debug, Message = "Day-roster {Step}: {Infeasible} members breaking a rule, score {Score}")]
    public static partial void RosterStep(ILogger logger, string step, int infeasible, Engine.Score score);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Trace,
        Message = "Neighbourhood: {Agents} agents, days {From}-{To}, {Variables} variables, size {Size:F0}: {Status} in {Seconds:F3} s (wall {Wall:F3} s), plan {Score}")]
    public static partial void Neighbourhood(ILogger logger, int agents, int from, int to, int variables, double size, string status, double seconds, double wall, Engine.Score score);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Trace,
        Message = "Roster neighbourhood {Shape}: {Agents} agents, days {From}-{To}, {Variables} variables: {Status} in {Wall:F2} s, {Before} -> {After}")]
    public static partial void RosterNeighbourhood(ILogger logger, int shape, int agents, int from, int to, int variables, string status, double wall, Engine.Score before, Engine.Score after);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Trace, Message = "Best responses: {Agents} agents, work {Work:F3} in {Wall:F3} s, {Before} -> {After}")]
    public static partial void RosterResponses(ILogger logger, int agents, double work, double wall, Engine.Score before, Engine.Score after);
}
