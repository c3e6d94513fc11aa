using Concordia.Planning.Solving;
using Microsoft.Extensions.Logging;

namespace Concordia.Cli.Planning;

/// <summary>The engine's log at its most detailed, one line per message on standard error, for --trace.</summary>
internal static class EngineTrace
{
    public static ILogger<PlanningEngine> Logger()
    {
        var factory = LoggerFactory.Create(b => b
            .SetMinimumLevel(LogLevel.Trace)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
            .AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss.fff ";
            }));
        return factory.CreateLogger<PlanningEngine>();
    }
}
